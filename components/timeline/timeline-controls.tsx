"use client";

import { DEFAULT_WINDOW_LABEL } from "@/lib/defaults";
import type { LaneMode } from "@/lib/timeline";

/** Props of the timeline's control bar. */
export interface TimelineControlsProps {
  label: string;
  laneMode: LaneMode;
  onLaneMode: (mode: LaneMode) => void;
  onZoom: (factor: number) => void;
  onPan: (fraction: number) => void;
  onReset: () => void;
  playing: boolean;
  onPlaying: (playing: boolean) => void;
  speed: number;
  onSpeed: (speed: number) => void;
  /** What Play does: move the window forward, or build up the events inside it. */
  playMode: PlayMode;
  onPlayMode: (mode: PlayMode) => void;
}

/** `window` moves the window forward; `build-up` keeps it and lights events as a playhead crosses it. */
export type PlayMode = "window" | "build-up";

/** Buttons for everything the timeline's gestures do, so no one needs a wheel or a trackpad. */
export function TimelineControls(props: TimelineControlsProps) {
  const { label, laneMode, onLaneMode, onZoom, onPan, onReset, playing, onPlaying, speed, onSpeed, playMode, onPlayMode } = props;
  return (
    <div className="timeline-controls" role="toolbar" aria-label="Timeline controls">
      <p className="timeline-window" aria-live="off">
        {label}
      </p>
      <div className="control-group">
        <button type="button" onClick={() => onPan(-0.25)} aria-label="Earlier">
          ◀
        </button>
        <button type="button" onClick={() => onZoom(0.5)} aria-label="Zoom in on the timeline">
          +
        </button>
        <button type="button" onClick={() => onZoom(2)} aria-label="Zoom out on the timeline">
          −
        </button>
        <button type="button" onClick={() => onPan(0.25)} aria-label="Later">
          ▶
        </button>
        <button type="button" onClick={onReset}>
          {DEFAULT_WINDOW_LABEL}
        </button>
      </div>
      <div className="control-group">
        <button type="button" aria-pressed={playing} onClick={() => onPlaying(!playing)}>
          {playing ? "Pause" : "Play"}
        </button>
        <label>
          <span className="visually-hidden">What Play does</span>
          <select value={playMode} onChange={(e) => onPlayMode(e.target.value as PlayMode)}>
            <option value="window">Moving window</option>
            <option value="build-up">Build-up</option>
          </select>
        </label>
        <label>
          <span className="visually-hidden">Playback speed</span>
          <select value={speed} onChange={(e) => onSpeed(Number(e.target.value))}>
            <option value={1}>1×</option>
            <option value={2}>2×</option>
            <option value={4}>4×</option>
          </select>
        </label>
      </div>
      <div className="control-group" role="radiogroup" aria-label="Lanes">
        {(["category", "actor"] as const).map((mode) => (
          <label key={mode} className="segmented">
            <input type="radio" name="lane-mode" value={mode} checked={laneMode === mode} onChange={() => onLaneMode(mode)} />
            <span>By {mode}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
