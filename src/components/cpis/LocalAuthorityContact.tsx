import type { LocalAuthority } from '#contract';
import { isLaOfficeHours } from '../../lib/office-hours.ts';

const telHref = (phone: string) => `tel:${phone.replace(/\s/g, '')}`;

/** Whom to call, and which of the two numbers to use right now. */
export function LocalAuthorityContact({ localAuthority, now }: { localAuthority: LocalAuthority; now: Date }) {
  const officeHours = isLaOfficeHours(now);
  const callNow = officeHours ? localAuthority.officeHoursPhone : localAuthority.emergencyDutyPhone;
  return (
    <>
      <p className="nhsuk-u-margin-bottom-2">
        <strong>{localAuthority.name}</strong>
      </p>
      <p className="nhsuk-u-margin-bottom-2">
        Call now: <a href={telHref(callNow)}>{callNow}</a>{' '}
        {officeHours ? '(office hours)' : '(emergency duty team: it is outside office hours)'}
      </p>
      <ul className="nhsuk-list">
        <li>
          Office hours, 9am to 5pm Monday to Friday:{' '}
          <a href={telHref(localAuthority.officeHoursPhone)}>{localAuthority.officeHoursPhone}</a>
        </li>
        <li>
          Emergency duty team, any other time:{' '}
          <a href={telHref(localAuthority.emergencyDutyPhone)}>{localAuthority.emergencyDutyPhone}</a>
        </li>
      </ul>
    </>
  );
}
