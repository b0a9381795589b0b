import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { nhsNumberProblem, nhsNumberProblemMessages, stripNhsNumber } from '#contract';
import { ProblemSummary } from '../components/ProblemSummary.tsx';
import { useState } from 'react';
import { checkWithContract, useContractForm, type FieldSpecs } from './use-contract-form.ts';

const requestSchema = z.object({
  code: z.string().check(z.regex(/^\d{4}$/, 'must be 4 digits')),
  note: z.string().check(z.maxLength(5, 'Note must be 5 characters or fewer')),
});
type Values = { code: string; note: string };
const fields: FieldSpecs<Values> = {
  code: { id: 'code', required: 'Enter the code', read: (value) => ({ value: value.replace(/\s+/g, '') }) },
  note: { id: 'note' },
};

describe('checkWithContract', () => {
  it('gives the contract request, with what was typed tidied by the field', () => {
    expect(checkWithContract(requestSchema, fields, { code: '12 34', note: '' })).toEqual({
      request: { code: '1234', note: '' },
      problems: [],
    });
  });

  it('says "required" for an empty field and the schema message otherwise, in the fields\' order', () => {
    expect(checkWithContract(requestSchema, fields, { code: '', note: 'too long' }).problems).toEqual([
      { field: 'code', message: 'Enter the code' },
      { field: 'note', message: 'Note must be 5 characters or fewer' },
    ]);
    expect(checkWithContract(requestSchema, fields, { code: '123', note: '' }).problems).toEqual([
      { field: 'code', message: 'must be 4 digits' },
    ]);
  });

  it("prefers the page's wording for an invalid value when it has one", () => {
    const worded = { ...fields, code: { ...fields.code, invalid: 'Code must be 4 digits' } };
    expect(checkWithContract(requestSchema, worded, { code: '12a4', note: '' }).problems).toEqual([
      { field: 'code', message: 'Code must be 4 digits' },
    ]);
  });

  it('takes a problem a field finds itself before the contract reads it (the NHS number, as typed)', () => {
    const nhsFields: FieldSpecs<{ nhsNumber: string }> = {
      nhsNumber: {
        id: 'nhs-number',
        read: (input) => {
          const problem = nhsNumberProblem(input);
          return problem ? { problem: nhsNumberProblemMessages[problem] } : { value: stripNhsNumber(input) };
        },
      },
    };
    const schema = z.object({ nhsNumber: z.string().check(z.maxLength(40)) });
    expect(checkWithContract(schema, nhsFields, { nhsNumber: '943 476 5918' }).problems).toEqual([
      { field: 'nhsNumber', message: nhsNumberProblemMessages['check-digit'] },
    ]);
    expect(checkWithContract(schema, nhsFields, { nhsNumber: '943 476 5919' }).request).toEqual({
      nhsNumber: '9434765919',
    });
  });

  it('keeps a problem about no field in particular for the whole form', () => {
    const schema = requestSchema.check(z.refine((request) => request.code !== '0000', 'That code is withdrawn'));
    expect(checkWithContract(schema, fields, { code: '0000', note: '' }).problems).toEqual([
      { message: 'That code is withdrawn' },
    ]);
  });
});

function CodeForm({ onSend }: { onSend: (request: z.infer<typeof requestSchema>) => void }) {
  const form = useContractForm({ schema: requestSchema, fields, initial: { code: '', note: '' } });
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((request) => {
        onSend(request);
        if (request.code === '9999') form.fail({ field: 'code', message: 'That code is not right' });
        else form.reset();
      })}
    >
      <ProblemSummary key={form.attempt} problems={form.summary} />
      <label htmlFor="code">Code</label>
      <input
        id="code"
        value={form.values.code}
        aria-invalid={form.errorFor('code') !== undefined}
        onChange={(event) => form.setValue('code', event.target.value)}
      />
      <button type="submit">Send</button>
    </form>
  );
}

describe('useContractForm', () => {
  it('shows problems linked to their fields, focused again on each attempt, and sends only a valid request', async () => {
    const sent: unknown[] = [];
    const user = userEvent.setup();
    render(<CodeForm onSend={(request) => sent.push(request)} />);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByRole('link', { name: 'Enter the code' })).toHaveAttribute('href', '#code');
    await waitFor(() => expect(screen.getByRole('alert').parentElement).toHaveFocus());
    expect(sent).toEqual([]);

    await user.type(screen.getByLabelText('Code'), '99 99');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(sent).toEqual([{ code: '9999', note: '' }]);
    expect(screen.getByRole('link', { name: 'That code is not right' })).toHaveAttribute('href', '#code');
    expect(screen.getByLabelText('Code')).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(screen.getByRole('alert').parentElement).toHaveFocus());

    await user.clear(screen.getByLabelText('Code'));
    await user.type(screen.getByLabelText('Code'), '1234');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Code')).toHaveValue('');
  });
});

const nhsNumberFields: FieldSpecs<{ nhsNumber: string }> = {
  nhsNumber: {
    id: 'nhs-number',
    required: nhsNumberProblemMessages.empty,
    read: (input) => {
      const problem = nhsNumberProblem(input);
      return problem ? { problem: nhsNumberProblemMessages[problem] } : { value: stripNhsNumber(input) };
    },
  },
};
const lookupSchema = z.object({ nhsNumber: z.string().check(z.maxLength(40)) });

/** The shape of the check page: the number kept outside the form (a draft), checked once all 10 digits are in. */
function NhsNumberForm({ onCheck }: { onCheck: (nhsNumber: string) => void }) {
  const draft = useState({ nhsNumber: '' });
  const form = useContractForm({
    schema: lookupSchema,
    fields: nhsNumberFields,
    initial: { nhsNumber: '' },
    state: draft,
  });
  return (
    <form noValidate onSubmit={form.handleSubmit((request) => onCheck(request.nhsNumber))}>
      <ProblemSummary key={form.attempt} problems={form.summary} takeFocus={form.summaryTakesFocus} />
      <label htmlFor="nhs-number">NHS number</label>
      <input
        id="nhs-number"
        value={form.values.nhsNumber}
        onChange={(event) => {
          const typed = { nhsNumber: event.target.value };
          form.setValue('nhsNumber', typed.nhsNumber);
          if (stripNhsNumber(typed.nhsNumber).length < 10) return form.clearProblems();
          const checked = form.checkWhileTyping(typed);
          if (checked.request) onCheck(checked.request.nhsNumber);
        }}
      />
      <p>Draft: {draft[0].nhsNumber}</p>
      <button type="submit">Check</button>
    </form>
  );
}

describe('useContractForm, checking while typing', () => {
  it('keeps the values where the page keeps them, and shows a problem found while typing without taking focus', async () => {
    const checks: string[] = [];
    const user = userEvent.setup();
    render(<NhsNumberForm onCheck={(nhsNumber) => checks.push(nhsNumber)} />);
    await user.type(screen.getByLabelText('NHS number'), '943 476 5918');
    expect(screen.getByText('Draft: 943 476 5918')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: nhsNumberProblemMessages['check-digit'] })).toHaveAttribute(
      'href',
      '#nhs-number',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByLabelText('NHS number')).toHaveFocus();

    await user.type(screen.getByLabelText('NHS number'), '{Backspace}');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('NHS number'), '9');
    expect(checks).toEqual(['9434765919']);

    await user.clear(screen.getByLabelText('NHS number'));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('link', { name: nhsNumberProblemMessages.empty })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('alert').parentElement).toHaveFocus());
  });
});
