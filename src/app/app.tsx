/** The application shell. */
export function App() {
  return <main>Survey Function Playground</main>;
}
