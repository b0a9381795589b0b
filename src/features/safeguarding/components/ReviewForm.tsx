import { Button, CharacterCount, Radios } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { REVIEW_NOTE_MAX, reviewOutcomes, type ReviewOutcome } from '#contract';
import { reviewOutcomeLabels } from '../../../lib/labels.ts';
import { useCreateReview } from '../api/create-review.ts';
import { ProblemSummary } from '../../../components/ProblemSummary.tsx';

/** Records what the lead did about an attendance. Reviews are added, never edited. */
export function ReviewForm({ attendanceId, onError }: { attendanceId: string; onError: (hasError: boolean) => void }) {
  const review = useCreateReview(attendanceId);
  const [outcome, setOutcome] = useState<ReviewOutcome>();
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ outcome?: string; note?: string }>({});
  const [recorded, setRecorded] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const found = {
      ...(outcome ? {} : { outcome: 'Select what you did' }),
      ...(note.length > REVIEW_NOTE_MAX ? { note: `Note must be ${REVIEW_NOTE_MAX} characters or fewer` } : {}),
    };
    setErrors(found);
    onError(Object.keys(found).length > 0);
    setRecorded(false);
    if (!outcome || found.note) return;
    review.mutate(
      { outcome, note },
      {
        onSuccess: () => {
          setOutcome(undefined);
          setNote('');
          setRecorded(true);
        },
      },
    );
  };

  const problems = Object.entries(errors).filter(([, message]) => message);
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="review-heading">
      <h2 id="review-heading">Record a review</h2>
      <ProblemSummary
        key={attempt}
        problems={problems.map(([field, message]) => ({
          message,
          href: field === 'outcome' ? '#outcome-no-further-action' : '#note',
        }))}
      />
      {recorded ? (
        <p role="status">
          <strong>Review recorded.</strong>
        </p>
      ) : null}
      {review.isError ? <p role="alert">The review could not be recorded: {review.error.message} Try again.</p> : null}
      <Radios legend="What did you do?" legendProps={{ size: 's' }} error={errors.outcome} idPrefix="outcome">
        {reviewOutcomes.map((value) => (
          <Radios.Item
            key={value}
            id={`outcome-${value}`}
            name="outcome"
            value={value}
            checked={outcome === value}
            onChange={() => setOutcome(value)}
          >
            {reviewOutcomeLabels[value]}
          </Radios.Item>
        ))}
      </Radios>
      <CharacterCount
        id="note"
        name="note"
        label="Note (optional)"
        hint="What you found or did, for colleagues. Do not include clinical details."
        maxLength={REVIEW_NOTE_MAX}
        rows={4}
        value={note}
        error={errors.note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      <Button type="submit" disabled={review.isPending}>
        Record review
      </Button>
    </form>
  );
}
