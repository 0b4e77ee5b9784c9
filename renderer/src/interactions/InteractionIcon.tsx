import EmailOutlinedIcon from '@mui/icons-material/EmailOutlined';
import GroupsOutlinedIcon from '@mui/icons-material/GroupsOutlined';
import PhoneOutlinedIcon from '@mui/icons-material/PhoneOutlined';
import PlaceOutlinedIcon from '@mui/icons-material/PlaceOutlined';
import ReportProblemOutlinedIcon from '@mui/icons-material/ReportProblemOutlined';
import StickyNote2OutlinedIcon from '@mui/icons-material/StickyNote2Outlined';
import type SvgIcon from '@mui/material/SvgIcon';
import type { InteractionKind } from '../../../shared/interactions/types';

const ICONS: Readonly<Record<InteractionKind, typeof SvgIcon>> = {
  call: PhoneOutlinedIcon,
  visit: PlaceOutlinedIcon,
  meeting: GroupsOutlinedIcon,
  email: EmailOutlinedIcon,
  note: StickyNote2OutlinedIcon,
  complaint: ReportProblemOutlinedIcon,
};

/** One recognisable icon per kind of interaction. */
export function InteractionIcon({ kind }: { readonly kind: InteractionKind }) {
  const Icon = ICONS[kind];
  return <Icon fontSize="small" color={kind === 'complaint' ? 'warning' : 'inherit'} />;
}
