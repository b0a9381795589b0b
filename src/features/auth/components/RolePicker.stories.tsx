import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { roleRequiredFixture } from '../../../../mocks/fixtures.ts';
import { RolePicker } from './RolePicker.tsx';

const meta = {
  component: RolePicker,
  title: 'Auth/RolePicker',
  args: { roles: roleRequiredFixture.roles, onChoose: fn(), onUseAnotherCard: fn() },
} satisfies Meta<typeof RolePicker>;
export default meta;
type Story = StoryObj<typeof meta>;

export const TwoRoles: Story = {};

export const NothingChosen: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(await canvas.findByRole('link', { name: 'Select the role you are working in' })).toBeVisible();
    await expect(args.onChoose).not.toHaveBeenCalled();
  },
};

export const SignInFailed: Story = {
  args: { failure: 'Sorry, you cannot sign in at the moment. Try again later' },
};
