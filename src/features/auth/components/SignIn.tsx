import { Button, NotificationBanner, TextInput } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import type { RoleChoice } from '#contract';
import { ApiClientError } from '../../../lib/api-client.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useSessionNotice, type SessionNotice } from '../../../stores/session-notice.ts';
import { roleChoicesOf, useCreateSession } from '../api/create-session.ts';
import { RolePicker } from './RolePicker.tsx';
import { ProblemSummary } from '../../../components/ProblemSummary.tsx';

type Field = 'card-number' | 'passcode';

interface Problem {
  /** The field to fix; none when the fault is not the user's. */
  field?: Field;
  message: string;
}

function checkCard(cardId: string, passcode: string): Problem[] {
  const problems: Problem[] = [];
  if (cardId === '') problems.push({ field: 'card-number', message: 'Enter your card number' });
  else if (!/^\d{12}$/.test(cardId)) problems.push({ field: 'card-number', message: 'Card number must be 12 digits' });
  if (passcode === '') problems.push({ field: 'passcode', message: 'Enter your passcode' });
  return problems;
}

/** What a refused sign-in means for the person at the card reader. */
function signInProblem(error: unknown): Problem {
  if (error instanceof ApiClientError && error.code === 'INVALID_CREDENTIALS') {
    return {
      field: 'passcode',
      message: 'Card number or passcode is not right. The card locks after 3 wrong passcodes in a row',
    };
  }
  if (error instanceof ApiClientError && error.code === 'CARD_LOCKED') {
    return { field: 'card-number', message: 'This card is locked. Ask your registration authority to unlock it' };
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
  const [cardNumber, setCardNumber] = useState('');
  const [passcode, setPasscode] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [attempt, setAttempt] = useState(0);
  usePageTitle('Sign in', problems.length > 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (signIn.isPending) return;
    const cardId = cardNumber.replace(/\s+/g, '');
    const found = checkCard(cardId, passcode);
    setAttempt((n) => n + 1);
    setProblems(found);
    if (found.length > 0) return;
    signIn.mutate(
      { cardId, passcode },
      {
        onError: (error) => {
          const roles = roleChoicesOf(error);
          if (roles) return onRoleRequired({ cardId, passcode, roles });
          setProblems([signInProblem(error)]);
          setPasscode('');
        },
      },
    );
  };
  const errorFor = (field: Field) => problems.find((problem) => problem.field === field)?.message;

  return (
    <>
      {notice && <SessionEnded notice={notice} />}
      <ProblemSummary
        key={attempt}
        problems={problems.map(({ field, message }) => ({ message, ...(field ? { href: `#${field}` } : {}) }))}
      />
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
          value={cardNumber}
          onChange={(event) => setCardNumber(event.target.value)}
          error={errorFor('card-number')}
        />
        <TextInput
          id="passcode"
          name="passcode"
          type="password"
          label="Passcode"
          autoComplete="off"
          width={10}
          value={passcode}
          onChange={(event) => setPasscode(event.target.value)}
          error={errorFor('passcode')}
        />
        <Button type="submit">Sign in</Button>
      </form>
    </>
  );
}

/**
 * Sign-in with the smartcard simulator: the card number stands in for inserting the card, then
 * the passcode, then (for a card with several) the role profile to work in. The passcode is held
 * in memory only, to send again with the role chosen.
 */
export function SignIn() {
  const signIn = useCreateSession();
  const [roleStep, setRoleStep] = useState<RoleStep>();

  if (!roleStep) return <CardStep onRoleRequired={setRoleStep} />;
  return (
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
  );
}
