import type { Meta, StoryObj } from '@storybook/react-vite';
import { PageLinks } from './PageLinks.tsx';

const meta = {
  component: PageLinks,
  title: 'Components/PageLinks',
  args: { page: 1, pages: 3, to: (page: number) => `?page=${page}` },
} satisfies Meta<typeof PageLinks>;
export default meta;
type Story = StoryObj<typeof meta>;

export const FirstPage: Story = {};

export const MiddlePage: Story = { args: { page: 2 } };

export const LastPage: Story = { args: { page: 3 } };

/** Nothing to show: the list fits on one page. */
export const OnePage: Story = { args: { pages: 1 } };
