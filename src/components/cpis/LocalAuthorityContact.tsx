import type { LocalAuthority } from '#contract';
import { telHref } from './tel.ts';

/** Both of the LA's numbers and when each is answered; the one to ring now is in CallNow, above. */
export function LocalAuthorityContact({ localAuthority }: { localAuthority: LocalAuthority }) {
  return (
    <ul className="nhsuk-list">
      <li>
        Office hours, 9am to 5pm Monday to Friday (not bank holidays):{' '}
        <a href={telHref(localAuthority.officeHoursPhone)}>{localAuthority.officeHoursPhone}</a>
      </li>
      <li>
        Emergency duty team, any other time:{' '}
        <a href={telHref(localAuthority.emergencyDutyPhone)}>{localAuthority.emergencyDutyPhone}</a>
      </li>
    </ul>
  );
}
