/** MapLibre's own error messages in an alert, so a blank or half-drawn map never goes unexplained. */
export function MapErrors({ errors }: { errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="map-error">
      <p>The map could not be drawn completely:</p>
      <ul>
        {errors.map((message, i) => (
          <li key={i}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
