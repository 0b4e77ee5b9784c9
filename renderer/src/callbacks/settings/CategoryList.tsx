/** The answer categories a call can be filed under, in the order the log dialog offers them. */
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useT } from '../../i18n/I18nContext';
import type { CategoryLabels } from '../../../../shared/hq/types';
import { answerText } from '../labels';

export function CategoryList({
  categories,
  onChange,
  errorText,
  labels,
}: {
  readonly categories: readonly string[];
  /** The names head office gave a pulled list. */
  readonly labels?: CategoryLabels;
  readonly onChange: (next: readonly string[]) => void;
  readonly errorText: (path: string) => string | undefined;
}) {
  const t = useT();
  const headingId = useId();
  const [typed, setTyped] = useState('');
  const [exists, setExists] = useState(false);
  const move = (from: number, to: number): void => {
    const next = [...categories];
    const [item] = next.splice(from, 1);
    if (item !== undefined) next.splice(to, 0, item);
    onChange(next);
  };
  const add = (): void => {
    const text = typed.trim();
    if (!text) return;
    // Typing a built-in category's label ("满意") means that category, not a second one.
    if (categories.some((c) => c === text || answerText(t, c, labels) === text)) {
      setExists(true);
      return;
    }
    onChange([...categories, text]);
    setTyped('');
  };
  const listError = errorText('answerCategories');

  return (
    <Box>
      <Typography id={headingId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {t('callbackSettings.categories')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('callbackSettings.categoriesHint')}
      </Typography>
      {listError && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {listError}
        </Alert>
      )}
      <List dense aria-labelledby={headingId} sx={{ maxWidth: 480 }}>
        {categories.map((category, i) => {
          const name = answerText(t, category, labels);
          const error = errorText(`answerCategories.${i}`);
          return (
            <ListItem
              key={category}
              divider
              secondaryAction={
                <>
                  <IconButton
                    size="small"
                    aria-label={t('callbackSettings.moveUp', { name })}
                    disabled={i === 0}
                    onClick={() => move(i, i - 1)}
                  >
                    <ArrowUpwardIcon fontSize="small" />
                  </IconButton>
                  <IconButton
                    size="small"
                    aria-label={t('callbackSettings.moveDown', { name })}
                    disabled={i === categories.length - 1}
                    onClick={() => move(i, i + 1)}
                  >
                    <ArrowDownwardIcon fontSize="small" />
                  </IconButton>
                  <IconButton
                    size="small"
                    edge="end"
                    aria-label={t('callbackSettings.remove', { name })}
                    onClick={() => onChange(categories.filter((_, j) => j !== i))}
                  >
                    <DeleteOutlineIcon fontSize="small" />
                  </IconButton>
                </>
              }
              sx={{ pr: 15 }}
            >
              <ListItemText primary={name} secondary={error} slotProps={{ secondary: { color: 'error' } }} />
            </ListItem>
          );
        })}
      </List>
      <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'flex-start', maxWidth: 480 }}>
        <TextField
          size="small"
          label={t('callbackSettings.newCategory')}
          value={typed}
          onChange={(e) => {
            setTyped(e.target.value);
            setExists(false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
          error={exists}
          helperText={exists ? t('callbackSettings.categoryExists') : undefined}
          slotProps={{ htmlInput: { maxLength: 30 } }}
          sx={{ flex: 1 }}
        />
        <Button startIcon={<AddIcon />} onClick={add} disabled={!typed.trim()} sx={{ mt: 0.5 }}>
          {t('action.add')}
        </Button>
      </Stack>
    </Box>
  );
}
