/** The dispatch with each channel's input and reply typed, for the products and risk tests. */
import type { Dispatch } from '../../../electron/core/dispatch';
import type { Channel } from '../../../shared/channels';
import type { Input, Output } from '../../../shared/contract';
import type { Reply } from '../../../shared/result';

export type Call = <K extends Channel>(channel: K, input: Input<K>) => Promise<Reply<Output<K>>>;

export const typed =
  (dispatch: Dispatch): Call =>
  (channel, input) =>
    dispatch(channel, input) as never;
