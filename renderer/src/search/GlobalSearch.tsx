import SearchIcon from '@mui/icons-material/Search';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState, type Ref } from 'react';
import { useNavigate } from 'react-router';
import type { SearchHit } from '../../../shared/search/types';
import { queries } from '../api/queries';
import { errorMessage } from '../errors';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { useT } from '../i18n/I18nContext';
import { MatchedChip } from './MatchedChip';

const SEARCH_DELAY_MS = 150;

/** The top bar's search-as-you-type: name, pinyin (full or initials), phone, ID number, employer, email. */
export function GlobalSearch({ inputRef }: { readonly inputRef?: Ref<HTMLInputElement> }) {
  const t = useT();
  const navigate = useNavigate();
  const [input, setInput] = useState('');
  const [open, setOpen] = useState(false);
  const query = useDebouncedValue(input.trim(), SEARCH_DELAY_MS);
  const search = useQuery(queries.search(query));
  const hits: readonly SearchHit[] = input.trim() && query ? (search.data ?? []) : [];
  const waiting = input.trim() !== '' && (query !== input.trim() || search.isFetching);

  const openCustomer = (hit: SearchHit): void => {
    setInput('');
    setOpen(false);
    void navigate(`/customers/${hit.id}`);
  };

  return (
    <Autocomplete<SearchHit, false, false, false>
      options={hits}
      value={null}
      inputValue={input}
      onInputChange={(_event, value, reason) => {
        if (reason !== 'input' && reason !== 'clear') return;
        setInput(value);
        setOpen(value.trim() !== '');
      }}
      onChange={(_event, hit) => {
        if (hit) openCustomer(hit);
      }}
      filterOptions={(options) => options}
      getOptionLabel={(hit) => hit.name}
      getOptionKey={(hit) => hit.id}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      open={open && input.trim() !== ''}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      autoHighlight
      openOnFocus
      clearOnEscape
      blurOnSelect
      clearOnBlur={false}
      handleHomeEndKeys={false}
      loading={waiting && hits.length === 0}
      loadingText={t('search.loading')}
      // A host that does not answer is said as such, not as "no customer matches".
      noOptionsText={search.isError ? errorMessage(t, search.error) : t('search.none')}
      clearText={t('common.clear')}
      openText={t('common.open')}
      closeText={t('common.close')}
      popupIcon={null}
      sx={{ width: '100%', maxWidth: 560 }}
      slotProps={{ listbox: { sx: { maxHeight: '70vh' } } }}
      renderOption={({ key, ...props }, hit) => (
        <Box component="li" key={key} {...props} sx={{ gap: 1.5, alignItems: 'center' }}>
          <Box sx={{ minWidth: 0, flex: 1 }}>
            <Typography component="div" sx={{ fontWeight: 600 }} noWrap>
              {hit.name}
            </Typography>
            <Typography component="div" variant="body2" color="text.secondary" noWrap>
              {[hit.mobile ?? hit.phone, hit.employer].filter(Boolean).join(' · ') || t('common.empty')}
            </Typography>
          </Box>
          <MatchedChip matched={hit.matched} contact={hit.contact} />
        </Box>
      )}
      renderInput={({ InputProps, inputProps, InputLabelProps: _label, ...params }) => (
        <TextField
          {...params}
          inputRef={inputRef}
          placeholder={t('search.placeholder')}
          slotProps={{
            htmlInput: { ...inputProps, 'aria-label': t('search.label') },
            input: {
              ...InputProps,
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
          sx={{ '& .MuiOutlinedInput-root': { backgroundColor: 'background.default' } }}
        />
      )}
    />
  );
}
