import type { Meta, StoryObj } from '@storybook/react-vite';
import { ConfidentialityBanner } from './ConfidentialityBanner.tsx';

const meta = {
  component: ConfidentialityBanner,
  title: 'Auth/ConfidentialityBanner',
} satisfies Meta<typeof ConfidentialityBanner>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Signed out, it shows nothing. */
export const SignedIn: Story = {};
