/** A calm desktop theme: neutral greys, one deep blue, compact controls, system fonts that cover Chinese. */
import { enUS, zhCN } from '@mui/material/locale';
import { createTheme, type Theme, type ThemeOptions } from '@mui/material/styles';
import type { Language } from '../../shared/i18n/languages';

/** Fonts that cover Chinese: each platform's own, then the common Linux one. */
const CJK_FONTS = [
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
];
/** Latin-only fonts, last resorts before the generic family (Arial's metrics on Linux: Liberation Sans). */
const LATIN_FONTS = ['"Helvetica Neue"', 'Arial', '"Liberation Sans"'];

/**
 * The system font first (Windows and macOS cover both scripts with it and their CJK fallbacks). In Chinese the CJK
 * fonts come before the Latin ones, so punctuation keeps its Chinese (full) width; in English the Latin fonts come
 * first, so quotes and apostrophes are not drawn full-width by a CJK font where the system font is missing (Linux).
 */
const fontStack = (language: Language): string =>
  [
    '-apple-system',
    'BlinkMacSystemFont',
    '"Segoe UI"',
    ...(language === 'zh-CN' ? [...CJK_FONTS, ...LATIN_FONTS] : [...LATIN_FONTS, ...CJK_FONTS]),
    'sans-serif',
  ].join(', ');

const options = (language: Language): ThemeOptions => ({
  palette: {
    primary: { main: '#1f4e8c', dark: '#163a69', light: '#4a73ab', contrastText: '#ffffff' },
    secondary: { main: '#5c6b7a' },
    background: { default: '#f4f5f7', paper: '#ffffff' },
    text: { primary: '#1f2933', secondary: '#5f6b7a' },
    divider: '#e1e4e8',
  },
  shape: { borderRadius: 6 },
  typography: {
    fontFamily: fontStack(language),
    fontSize: 14,
    h1: { fontSize: '1.4rem', fontWeight: 600 },
    h2: { fontSize: '1.1rem', fontWeight: 600 },
    h3: { fontSize: '1rem', fontWeight: 600 },
    button: { textTransform: 'none', fontWeight: 500 },
  },
  components: {
    MuiButton: { defaultProps: { size: 'small', disableElevation: true } },
    MuiIconButton: { defaultProps: { size: 'small' } },
    MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
    MuiFormControl: { defaultProps: { size: 'small' } },
    MuiAutocomplete: { defaultProps: { size: 'small' } },
    MuiTable: { defaultProps: { size: 'small' } },
    MuiChip: { defaultProps: { size: 'small' } },
    MuiPaper: { defaultProps: { variant: 'outlined' } },
    MuiAppBar: { defaultProps: { elevation: 0, color: 'inherit' } },
    MuiTooltip: { defaultProps: { arrow: true } },
    MuiTableCell: {
      styleOverrides: {
        head: ({ theme: t }) => ({ fontWeight: 600, color: t.palette.text.secondary, whiteSpace: 'nowrap' }),
      },
    },
    MuiListItemButton: {
      styleOverrides: {
        root: ({ theme: t }) => ({
          borderRadius: t.shape.borderRadius,
          '&.Mui-selected': { backgroundColor: '#e6edf6', color: t.palette.primary.dark },
        }),
      },
    },
  },
});

const byLanguage = new Map<Language, Theme>();

/**
 * The theme with MUI's own words (clear, open, close, pagination, rating labels) in the UI's language, so a
 * component's built-in label never shows in the other language.
 */
export function themeFor(language: Language): Theme {
  let theme = byLanguage.get(language);
  if (!theme) {
    theme = createTheme(options(language), language === 'zh-CN' ? zhCN : enUS);
    byLanguage.set(language, theme);
  }
  return theme;
}
