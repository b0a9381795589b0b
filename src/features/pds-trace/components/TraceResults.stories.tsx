import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { pdsFixtures } from '../../../../mocks/pds.ts';
import { TraceResults } from './TraceResults.tsx';

const meta = {
  component: TraceResults,
  title: 'PDS trace/TraceResults',
  args: { fuzzy: false, onChoose: fn(), onRetry: fn(), onSearchCloseSpellings: fn() },
} satisfies Meta<typeof TraceResults>;
export default meta;
type Story = StoryObj<typeof meta>;

export const OneMatch: Story = { args: { answer: pdsFixtures.maisie() } };
export const Chosen: Story = { args: { answer: pdsFixtures.maisie(), chosen: '9990000018' } };
export const Twins: Story = { args: { answer: pdsFixtures.twins() } };
export const RestrictedRecord: Story = { args: { answer: pdsFixtures.restricted() } };
export const CloseMatches: Story = { args: { answer: pdsFixtures.closeAndPossible(), fuzzy: true } };
export const NoMatch: Story = { args: { answer: pdsFixtures.noMatch() } };
export const NoMatchAfterCloseSpellings: Story = { args: { answer: pdsFixtures.noMatch(), fuzzy: true } };
export const TooManyMatches: Story = { args: { answer: pdsFixtures.tooManyMatches() } };
export const PdsUnavailable: Story = { args: { failure: { kind: 'unavailable' } } };
export const RateLimited: Story = {
  args: {
    failure: {
      kind: 'unavailable',
      message: 'You have made more than 60 CP-IS checks in a minute. Wait a minute, then check again.',
    },
  },
};
export const NoPermission: Story = { args: { failure: { kind: 'forbidden' } } };
