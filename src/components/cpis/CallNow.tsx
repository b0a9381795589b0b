import type { LocalAuthority } from '#contract';
import { isLaOfficeHours } from '../../lib/office-hours.ts';
import { telHref } from './tel.ts';

/**
 * The one number to ring now, and whose it is: the LA's office in office hours, its emergency duty
 * team at any other time (evenings, weekends, bank holidays). The largest text in a result.
 */
export function CallNow({ localAuthority, now }: { localAuthority: LocalAuthority; now: Date }) {
  const officeHours = isLaOfficeHours(now);
  const number = officeHours ? localAuthority.officeHoursPhone : localAuthority.emergencyDutyPhone;
  return (
    <p className="app-call-now">
      <span className="app-call-now__whose">
        Call now: {localAuthority.name}, {officeHours ? 'office hours' : 'emergency duty team (outside office hours)'}
      </span>
      <a className="app-call-now__number" href={telHref(number)}>
        {number}
      </a>
    </p>
  );
}
