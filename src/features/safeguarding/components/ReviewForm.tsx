import { Button, CharacterCount, NotificationBanner, Radios } from 'nhsuk-react-components';
import { useEffect, useState } from 'react';
import { REVIEW_NOTE_MAX, reviewOutcomes, reviewRequestSchema, type ReviewOutcome } from '#contract';
import { reviewOutcomeLabels } from '../../../lib/labels.ts';
import { useContractForm, type FieldSpecs } from '../../../lib/use-contract-form.ts';
import { useCreateReview } from '../api/create-review.ts';
import { ProblemSummary } from '../../../components/ProblemSummary.tsx';

type ReviewValues = { outcome: ReviewOutcome | ''; note: string };

const reviewFields: FieldSpecs<ReviewValues> = {
  outcome: { id: `outcome-${reviewOutcomes[0]}`, required: 'Select what you did' },
  note: { id: 'note' },
};

/** Records what the lead did about an attendance. Reviews are added, never edited. */
export function ReviewForm({ attendanceId, onError }: { attendanceId: string; onError: (hasError: boolean) => void }) {
  const review = useCreateReview(attendanceId);
  const form = useContractForm({
    schema: reviewRequestSchema,
    fields: reviewFields,
    initial: { outcome: '', note: '' },
  });
  // Each recorded review mounts a new banner (which takes focus) and a new character count (which
  // counts only on input, so would go on counting the note just sent).
  const [recorded, setRecorded] = useState(0);
  const [showRecorded, setShowRecorded] = useState(false);
  useEffect(() => onError(form.hasProblems), [form.hasProblems, onError]);

  const onSubmit = form.handleSubmit((request) => {
    review.mutate(request, {
      onSuccess: () => {
        form.reset();
        setRecorded((n) => n + 1);
        setShowRecorded(true);
      },
    });
  });

  return (
    <form
      onSubmit={(event) => {
        setShowRecorded(false);
        onSubmit(event);
      }}
      noValidate
      aria-labelledby="review-heading"
    >
      <h2 id="review-heading">Record a review</h2>
      <ProblemSummary key={form.attempt} problems={form.summary} />
      {showRecorded ? (
        <NotificationBanner key={recorded} success titleId="review-recorded-title">
          <NotificationBanner.Heading>Review recorded</NotificationBanner.Heading>
          <p>It is listed under Reviews.</p>
        </NotificationBanner>
      ) : null}
      {review.isError ? <p role="alert">The review could not be recorded: {review.error.message} Try again.</p> : null}
      <Radios legend="What did you do?" legendProps={{ size: 's' }} error={form.errorFor('outcome')} idPrefix="outcome">
        {reviewOutcomes.map((value) => (
          <Radios.Item
            key={value}
            id={`outcome-${value}`}
            name="outcome"
            value={value}
            checked={form.values.outcome === value}
            onChange={() => form.setValue('outcome', value)}
          >
            {reviewOutcomeLabels[value]}
          </Radios.Item>
        ))}
      </Radios>
      <CharacterCount
        key={recorded}
        id="note"
        name="note"
        label="Note (optional)"
        hint="What you found or did, for colleagues. Do not include clinical details."
        maxLength={REVIEW_NOTE_MAX}
        rows={4}
        value={form.values.note}
        error={form.errorFor('note')}
        onChange={(event) => form.setValue('note', event.currentTarget.value)}
      />
      <Button type="submit" disabled={review.isPending}>
        Record review
      </Button>
    </form>
  );
}
