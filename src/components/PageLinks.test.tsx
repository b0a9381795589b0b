import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithRouter } from '../test/render.tsx';
import { PageLinks } from './PageLinks.tsx';

const to = (page: number) => `/list?status=all&page=${page}`;
const links = () => screen.queryAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);

describe('PageLinks', () => {
  it('shows nothing when the list fits on one page', () => {
    renderWithRouter(<PageLinks page={1} pages={1} to={to} />);
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('on the first page: only the next page, where `to` says it is', () => {
    renderWithRouter(<PageLinks page={1} pages={3} to={to} />);
    expect(screen.getByRole('navigation', { name: 'Pagination' })).toBeInTheDocument();
    expect(links()).toEqual([[expect.stringContaining('Next page'), '/list?status=all&page=2']]);
  });

  it('in the middle: the previous page, then the next', () => {
    renderWithRouter(<PageLinks page={2} pages={3} to={to} />);
    expect(links()).toEqual([
      [expect.stringContaining('Previous page'), '/list?status=all&page=1'],
      [expect.stringContaining('Next page'), '/list?status=all&page=3'],
    ]);
  });

  it('on the last page: only the previous page', () => {
    renderWithRouter(<PageLinks page={3} pages={3} to={to} />);
    expect(links()).toEqual([[expect.stringContaining('Previous page'), '/list?status=all&page=2']]);
  });
});
