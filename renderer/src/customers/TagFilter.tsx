import Checkbox from '@mui/material/Checkbox';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { TagMatch } from '../../../shared/customers/schemas';
import { useT } from '../i18n/I18nContext';
import { SelectField } from '../components/SelectField';

interface TagFilterProps {
  /** The tags to choose from, in the order the core gives them (pinyin). */
  readonly options: readonly string[];
  readonly tags: readonly string[];
  readonly match: TagMatch;
  readonly onChange: (tags: readonly string[], match: TagMatch) => void;
}

const WIDTH = { width: { xs: '100%', sm: 128 } };

/** Several tags in one filter: customers holding any of them, or all of them once two or more are chosen. */
export function TagFilter({ options, tags, match, onChange }: TagFilterProps) {
  const t = useT();
  // A tag in the address that no customer holds any more is still shown, so it can be taken off.
  const choices = [...options, ...tags.filter((tag) => !options.includes(tag))];
  return (
    <>
      <TextField
        select
        label={t('customer.tags')}
        value={[...tags]}
        onChange={(event) => {
          const value = event.target.value as unknown as string[] | string;
          onChange(typeof value === 'string' ? value.split(',') : value, match);
        }}
        sx={WIDTH}
        slotProps={{
          inputLabel: { shrink: true },
          select: {
            multiple: true,
            displayEmpty: true,
            renderValue: (selected) =>
              (selected as string[]).length === 0
                ? t('common.all')
                : (selected as string[]).join(t('common.listSeparator')),
            MenuProps: { slotProps: { paper: { sx: { maxHeight: 360 } } } },
          },
        }}
      >
        {choices.map((tag) => (
          <MenuItem key={tag} value={tag} dense>
            <Checkbox size="small" checked={tags.includes(tag)} sx={{ p: 0.5, mr: 1 }} tabIndex={-1} />
            <ListItemText primary={tag} />
          </MenuItem>
        ))}
      </TextField>
      {tags.length > 1 && (
        <SelectField
          label={t('customers.tagMatch')}
          value={match}
          onChange={(value) => onChange(tags, value === 'all' ? 'all' : 'any')}
          options={[
            { value: 'any', label: t('customers.tagMatch.any') },
            { value: 'all', label: t('customers.tagMatch.all') },
          ]}
          sx={WIDTH}
        />
      )}
    </>
  );
}
