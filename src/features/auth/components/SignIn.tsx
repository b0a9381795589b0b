import { Button, NotificationBanner, TextInput } from 'nhsuk-react-components';
import { Suspense, useEffect, useState } from 'react';
import { createSessionRequestSchema, type RoleChoice } from '#contract';
import { ApiClientError } from '../../../lib/api-client.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { lazyNamed } from '../../../lib/lazy-named.ts';
import { useContractForm, type FieldProblem, type FieldSpecs } from '../../../lib/use-contract-form.ts';
import { useSessionNotice, type SessionNotice } from '../../../stores/session-notice.ts';
import { roleChoicesOf, useCreateSession } from '../api/create-session.ts';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemSummary } from '../../../components/ProblemSummary.tsx';

type CardValues = { cardId: string; passcode: string };
type SignInFailure = FieldProblem<keyof CardValues>;

const cardFields: FieldSpecs<CardValues> = {
  cardId: {
    id: 'card-number',
    required: 'Enter your card number',
    invalid: 'Card number must be 12 digits',
    read: (value) => ({ value: value.replace(/\s+/g, '') }),
  },
  passcode: { id: 'passcode', required: 'Enter your passcode' },
};

/** What a refused sign-in means for the person at the card reader. */
function signInProblem(error: unknown): SignInFailure {
  if (error instanceof ApiClientError && error.code === 'INVALID_CREDENTIALS') {
    return {
      field: 'passcode',
      message: 'Card number or passcode is not right. The card locks after 3 wrong passcodes in a row',
    };
  }
  if (error instanceof ApiClientError && error.code === 'CARD_LOCKED') {
    return { field: 'cardId', message: 'This card is locked. Ask your registration authority to unlock it' };
  }
  return { message: 'Sorry, you cannot sign in at the moment. Try again later' };
}

function SessionEnded({ notice }: { notice: SessionNotice }) {
  return notice === 'signed-out' ? (
    <NotificationBanner success titleId="session-ended-title">
      <NotificationBanner.Heading>You have removed your card and are signed out</NotificationBanner.Heading>
    </NotificationBanner>
  ) : (
    <NotificationBanner titleId="session-ended-title">
      <NotificationBanner.Heading>Your session has ended</NotificationBanner.Heading>
      <p>
        You were signed out because you had not used the service for a while, or had been signed in for 12 hours. Sign
        in again with the same role to carry on where you left off.
      </p>
    </NotificationBanner>
  );
}

interface RoleStep {
  cardId: string;
  passcode: string;
  roles: RoleChoice[];
  failure?: string;
}

/** Step 1: the card and its passcode. */
function CardStep({ onRoleRequired }: { onRoleRequired(step: RoleStep): void }) {
  const notice = useSessionNotice((state) => state.notice);
  const signIn = useCreateSession();
  const form = useContractForm({
    schema: createSessionRequestSchema,
    fields: cardFields,
    initial: { cardId: '', passcode: '' },
  });
  usePageTitle('Sign in', form.hasProblems);

  const submit = form.handleSubmit((request) => {
    if (signIn.isPending) return;
    signIn.mutate(request, {
      onError: (error) => {
        const roles = roleChoicesOf(error);
        if (roles) return onRoleRequired({ cardId: request.cardId, passcode: request.passcode, roles });
        form.fail(signInProblem(error));
        form.setValue('passcode', '');
      },
    });
  });

  return (
    <>
      {notice && <SessionEnded notice={notice} />}
      <ProblemSummary key={form.attempt} problems={form.summary} />
      <h1>Sign in with your smartcard</h1>
      <p>This simulator stands in for the card reader: type the number printed on your card instead of inserting it.</p>
      <form noValidate onSubmit={submit}>
        <TextInput
          id="card-number"
          name="cardNumber"
          label="Card number"
          hint="The 12 digits printed on your smartcard"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          width={20}
          value={form.values.cardId}
          onChange={(event) => form.setValue('cardId', event.target.value)}
          error={form.errorFor('cardId')}
        />
        <TextInput
          id="passcode"
          name="passcode"
          type="password"
          label="Passcode"
          autoComplete="off"
          width={10}
          value={form.values.passcode}
          onChange={(event) => form.setValue('passcode', event.target.value)}
          error={form.errorFor('passcode')}
        />
        <Button type="submit">Sign in</Button>
      </form>
    </>
  );
}

/** Only cards with several role profiles need it: fetched while the card step is on screen, not before it. */
const loadRolePicker = () => import('./RolePicker.tsx');
const RolePicker = lazyNamed(loadRolePicker, 'RolePicker');

/**
 * Sign-in with the smartcard simulator: the card number stands in for inserting the card, then
 * the passcode, then (for a card with several) the role profile to work in. The passcode is held
 * in memory only, to send again with the role chosen.
 */
export function SignIn() {
  const signIn = useCreateSession();
  const [roleStep, setRoleStep] = useState<RoleStep>();
  useEffect(() => void loadRolePicker(), []);

  if (!roleStep) return <CardStep onRoleRequired={setRoleStep} />;
  return (
    <Suspense fallback={<Loading />}>
      <RolePicker
        roles={roleStep.roles}
        failure={roleStep.failure}
        onChoose={(roleId) => {
          if (signIn.isPending) return;
          signIn.mutate(
            { cardId: roleStep.cardId, passcode: roleStep.passcode, roleId },
            { onError: (error) => setRoleStep({ ...roleStep, failure: signInProblem(error).message }) },
          );
        }}
        onUseAnotherCard={() => setRoleStep(undefined)}
      />
    </Suspense>
  );
}
