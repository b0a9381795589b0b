import { describe, expect, it } from 'vitest';
import { createSessionRequestSchema } from './session.ts';

describe('a sign-in request', () => {
  it('takes the 12 digits of the card, a passcode and, optionally, a role', () => {
    expect(createSessionRequestSchema.safeParse({ cardId: '555000000001', passcode: '1234' }).success).toBe(true);
    expect(createSessionRequestSchema.safeParse({ cardId: '5550000000', passcode: '1234' }).success).toBe(false);
    expect(createSessionRequestSchema.safeParse({ cardId: '555000000001', passcode: '' }).success).toBe(false);
    expect(
      createSessionRequestSchema.safeParse({ cardId: '555000000001', passcode: '1234', roleId: 'Not An Id' }).success,
    ).toBe(false);
  });
});
