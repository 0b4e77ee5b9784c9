/**
 * The frame of every layout (the branch's app and head office's): a fixed top bar with the app's name and the
 * layout's tools, the navigation on the left, the current page in the middle, scrolling under the top bar.
 */
import FolderSharedOutlinedIcon from '@mui/icons-material/FolderSharedOutlined';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { useT } from '../i18n/I18nContext';
import { DRAWER_WIDTH, TOP_BAR_HEIGHT } from './SideNav';

interface Props {
  /** What the top bar holds after the app's name. */
  readonly tools: ReactNode;
  /** The navigation column (a SideNav). */
  readonly nav: ReactNode;
  /** What floats over the page (reminders, dialogs). */
  readonly children?: ReactNode;
}

export function ShellFrame({ tools, nav, children }: Props) {
  const t = useT();
  return (
    <Box
      sx={{
        display: 'flex',
        height: '100vh',
        overflow: 'hidden',
        '@media print': { height: 'auto', overflow: 'visible' },
      }}
    >
      <AppBar
        position="fixed"
        sx={{
          zIndex: (theme) => theme.zIndex.drawer + 1,
          borderBottom: 1,
          borderColor: 'divider',
          displayPrint: 'none',
        }}
      >
        <Toolbar variant="dense" sx={{ gap: 2, minHeight: TOP_BAR_HEIGHT }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, width: DRAWER_WIDTH - 24, flexShrink: 0 }}>
            <FolderSharedOutlinedIcon color="primary" />
            <Typography variant="h3" component="div" noWrap>
              {t('app.name')}
            </Typography>
          </Box>
          {tools}
        </Toolbar>
      </AppBar>
      {nav}
      {children}
      <Box component="main" sx={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        <Toolbar variant="dense" sx={{ minHeight: TOP_BAR_HEIGHT, flexShrink: 0, displayPrint: 'none' }} />
        {/* The page scrolls here, under a fixed top bar; full-height pages (the list) fill it exactly. */}
        <Box
          id="page"
          sx={{
            flex: 1,
            minHeight: 0,
            overflow: 'auto',
            px: 3,
            pt: 2.5,
            pb: 3,
            display: 'flex',
            flexDirection: 'column',
            // A printout is the page alone, at full length.
            '@media print': { overflow: 'visible', px: 0, pt: 0 },
          }}
        >
          <Outlet />
        </Box>
      </Box>
    </Box>
  );
}
