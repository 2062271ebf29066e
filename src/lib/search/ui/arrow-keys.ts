/**
 * Arrow keys on the search page: down from the search box goes to the first result; up
 * and down move between result links, and up from the first goes back to the box.
 */
export function enableArrowKeys(input: HTMLInputElement, list: HTMLElement): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const position = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (position < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? all[position + 1] : all[position - 1];
    if (next) next.focus();
    else if (event.key === 'ArrowUp') input.focus();
  });
}
