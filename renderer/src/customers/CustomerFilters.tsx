import FilterListIcon from '@mui/icons-material/FilterList';
import FilterListOffIcon from '@mui/icons-material/FilterListOff';
import SearchIcon from '@mui/icons-material/Search';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { queries } from '../api/queries';
import type { CustomerListParams } from './useCustomerListParams';
import { useT } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';
import { kindOptions } from '../i18n/options';
import { SelectField } from '../components/SelectField';
import { FilterChips } from './FilterChips';
import { MoreFiltersDialog } from './MoreFiltersDialog';
import { segmentParamCount, type SegmentParams } from './segmentParams';
import { TagFilter } from './TagFilter';
import type { TagMatch } from '../../../shared/customers/schemas';

const FILTER_DELAY_MS = 250;

interface CustomerFiltersProps {
  /** Only the filters are read: the customer list and the campaign selection share this. */
  readonly params: Pick<CustomerListParams, 'query' | 'kind' | 'ownerId' | 'tags' | 'tagMatch' | 'region'>;
  readonly onChange: (filter: 'query' | 'kind' | 'ownerId' | 'region', value: string | null) => void;
  readonly onTags: (tags: readonly string[], match: TagMatch) => void;
  readonly onClear: () => void;
  /** The class and purchase filters ("more filters", shown as chips); without them, only the filters above. */
  readonly segment?: SegmentParams;
  readonly onSegment?: (segment: SegmentParams) => void;
}

/**
 * Text, kind, account manager, tags and region filters over the customer list; choices come from the data, in the
 * pinyin order the core sorts them in. "More filters" adds classes, purchases, risk, birthdays and custom fields.
 */
export function CustomerFilters({ params, onChange, onTags, onClear, segment, onSegment }: CustomerFiltersProps) {
  const t = useT();
  const facets = useQuery(queries.facets());
  const [text, setText] = useState(params.query);
  // The address can change without typing (Back, the navigation link): the box follows it.
  const [shownQuery, setShownQuery] = useState(params.query);
  if (shownQuery !== params.query) {
    setShownQuery(params.query);
    setText(params.query);
  }
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const type = (value: string): void => {
    setText(value);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => onChange('query', value.trim() || null), FILTER_DELAY_MS);
  };

  const [more, setMore] = useState(false);
  const moreCount = segment ? segmentParamCount(segment) : 0;
  const active = Boolean(
    params.query || params.kind || params.ownerId || params.tags.length > 0 || params.region || moreCount > 0,
  );
  const width = { width: { xs: '100%', sm: 128 } };

  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField
          label={t('customers.filter')}
          value={text}
          onChange={(event) => type(event.target.value)}
          sx={{ width: { xs: '100%', sm: 180 } }}
          slotProps={{
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
        />
        <SelectField
          label={t('customer.kind')}
          value={params.kind ?? ''}
          onChange={(v) => onChange('kind', v || null)}
          options={kindOptions(t)}
          emptyLabel={t('common.all')}
          sx={width}
        />
        <SelectField
          label={t('customer.owner')}
          value={params.ownerId ?? ''}
          onChange={(v) => onChange('ownerId', v || null)}
          options={(facets.data?.staff ?? []).map((s) => ({ value: s.id, label: staffLabel(t, s) }))}
          emptyLabel={t('common.all')}
          sx={width}
        />
        <TagFilter options={facets.data?.tags ?? []} tags={params.tags} match={params.tagMatch} onChange={onTags} />
        <SelectField
          label={t('customer.region')}
          value={params.region ?? ''}
          onChange={(v) => onChange('region', v || null)}
          options={(facets.data?.regions ?? []).map((region) => ({ value: region, label: region }))}
          emptyLabel={t('common.all')}
          sx={width}
        />
        {segment && onSegment && (
          <Button startIcon={<FilterListIcon />} onClick={() => setMore(true)}>
            {moreCount > 0 ? t('filter.moreCount', { count: moreCount }) : t('filter.more')}
          </Button>
        )}
        {active && (
          <Button
            startIcon={<FilterListOffIcon />}
            onClick={() => {
              window.clearTimeout(timer.current);
              setText('');
              onClear();
            }}
          >
            {t('action.clearFilters')}
          </Button>
        )}
      </Stack>
      {segment && onSegment && <FilterChips value={segment} onChange={onSegment} />}
      {more && segment && onSegment && (
        <MoreFiltersDialog
          value={segment}
          onApply={(next) => {
            setMore(false);
            onSegment(next);
          }}
          onClose={() => setMore(false)}
        />
      )}
    </Stack>
  );
}
