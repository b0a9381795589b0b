import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ProblemSummary } from './ProblemSummary.tsx';

const meta = {
  component: ProblemSummary,
  title: 'Components/ProblemSummary',
  args: { problems: [{ message: 'Enter your card number', href: '#card-number' }] },
} satisfies Meta<typeof ProblemSummary>;
export default meta;
type Story = StoryObj<typeof meta>;

export const OneProblem: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('link', { name: 'Enter your card number' })).toBeVisible();
  },
};

export const SeveralProblems: Story = {
  args: {
    problems: [
      { message: 'From date must include a month', href: '#from-day' },
      { message: 'To date must be a real date', href: '#to-day' },
    ],
  },
};

/** A fault that is not the user's: no field to link to. */
export const NotAboutAField: Story = {
  args: { problems: [{ message: 'Sorry, you cannot sign in at the moment. Try again later' }] },
};

/** Found while typing: it does not pull the keyboard away. */
export const WithoutTakingFocus: Story = {
  args: { problems: [{ message: 'NHS number must be 10 digits', href: '#nhs-number' }], takeFocus: false },
};

/** No problem: nothing shows. */
export const NoProblems: Story = { args: { problems: [] } };
