import { CONFIDENCE_TEXT } from "@/lib/format";
import type { Confidence } from "@/lib/schema";

/** A confidence level with its meaning spelt out beside it, not hidden in a tooltip. */
export function ConfidenceBadge({ confidence, explain = false }: { confidence: Confidence; explain?: boolean }) {
  const text = CONFIDENCE_TEXT[confidence];
  return (
    <span className="confidence">
      <span className={`badge confidence-${confidence}`}>{text.label}</span>
      {explain && <span className="confidence-explanation">{text.explanation}</span>}
    </span>
  );
}
