// Work that should not share the CPU with the shell's first frame.

/** Where no frame comes (a hidden tab), the wait ends after this long. */
const LONGEST_WAIT_MS = 200;

/**
 * Resolves once the page's next frame has been painted, or after LONGEST_WAIT_MS where frames do
 * not come (a hidden tab). Lazy chunks requested behind it load after the shell is on screen.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, LONGEST_WAIT_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
