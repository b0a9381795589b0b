import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { gatedFields, visibleTo, visibleWith } from './gated-fields.ts';
import { lookupResponseSchema } from './lookup.ts';

const answer = z.object({
  indicator: z.boolean(),
  plans: z.array(z.object({ type: z.string(), startDate: visibleWith('cpis:details', z.nullable(z.string())) })),
  visits: visibleWith('cpis:visits', z.array(z.object({ at: z.string() }))),
});
const full = { indicator: true, plans: [{ type: 'CPP', startDate: null }], visits: [{ at: 'today' }] };

describe('visibleTo', () => {
  it('leaves out every gated field the permissions do not open, however deep, even when null', () => {
    expect(visibleTo(answer, full, ['cpis:lookup'])).toEqual({ indicator: true, plans: [{ type: 'CPP' }] });
    expect(visibleTo(answer, full, ['cpis:lookup', 'cpis:visits'])).toEqual({ ...full, plans: [{ type: 'CPP' }] });
  });

  it('sends everything to a role holding every permission, and does not change what it was given', () => {
    expect(visibleTo(answer, full, ['cpis:details', 'cpis:visits'])).toEqual(full);
    visibleTo(answer, full, []);
    expect(full.plans[0]).toHaveProperty('startDate');
  });
});

describe('the registry', () => {
  it('lists the lookup fields the contract gates, with their permissions', () => {
    expect(gatedFields(lookupResponseSchema).map((field) => `${field.path.join('.')} ${field.permission}`)).toEqual([
      'plans.[].legalStatus cpis:details',
      'plans.[].startDate cpis:details',
      'plans.[].endDate cpis:details',
      'plans.[].expectedDeliveryDate cpis:details',
      'plans.[].overdue cpis:details',
      'visits cpis:visits',
    ]);
  });
});
