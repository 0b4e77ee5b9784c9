import { useQuery } from '@tanstack/react-query';
import { DEFAULT_PHONE_REGION, setDefaultPhoneRegion, type PhoneRegion } from '../../../shared/rules/phone-region';
import { queries } from '../api/queries';

/**
 * The default phone region from the settings. The forms' pre-checks read phones with the shared rules, so the
 * rules take the region over as soon as it is known, the same one the core reads them in.
 */
export function usePhoneRegion(): PhoneRegion {
  const settings = useQuery(queries.settings());
  const region = settings.data?.phoneRegion ?? DEFAULT_PHONE_REGION;
  setDefaultPhoneRegion(region);
  return region;
}
