import type { Meta, StoryObj } from '@storybook/react-vite';
import { lookupFixtures } from '../../../mocks/lookups.ts';
import { LocalAuthorityContact } from './LocalAuthorityContact.tsx';

const meta = {
  component: LocalAuthorityContact,
  title: 'CP-IS/LocalAuthorityContact',
  args: { localAuthority: lookupFixtures.activeCpp().plans[0]!.localAuthority },
} satisfies Meta<typeof LocalAuthorityContact>;
export default meta;
type Story = StoryObj<typeof meta>;

export const BothNumbers: Story = {};
