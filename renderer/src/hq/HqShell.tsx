/** The head-office layout: the app's frame, with only head office's pages. */
import ApartmentOutlinedIcon from '@mui/icons-material/ApartmentOutlined';
import PeopleAltOutlinedIcon from '@mui/icons-material/PeopleAltOutlined';
import SearchIcon from '@mui/icons-material/Search';
import Chip from '@mui/material/Chip';
import { useT } from '../i18n/I18nContext';
import { ShellFrame } from '../layout/ShellFrame';
import { NavList, SideNav, type NavItem } from '../layout/SideNav';

const PAGES: readonly NavItem[] = [
  {
    to: '/',
    label: 'hq.nav.branches',
    icon: ApartmentOutlinedIcon,
    isActive: (p) => p === '/' || p.startsWith('/branches'),
  },
  { to: '/search', label: 'hq.nav.search', icon: SearchIcon, isActive: (p) => p.startsWith('/search') },
  {
    to: '/same-person',
    label: 'hq.nav.samePerson',
    icon: PeopleAltOutlinedIcon,
    isActive: (p) => p.startsWith('/same-person'),
  },
];

export function HqShell() {
  const t = useT();
  return (
    <ShellFrame
      tools={<Chip size="small" color="primary" variant="outlined" label={t('hq.mode')} />}
      nav={
        <SideNav label={t('hq.title')}>
          <NavList items={PAGES} />
        </SideNav>
      }
    />
  );
}
