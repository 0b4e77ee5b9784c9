export interface Staff {
  readonly id: string;
  readonly name: string;
  readonly isDefault: boolean;
}
