"use client";

import { Popup } from "react-map-gl/maplibre";

/** Sites that share one point, offered as a list because no zoom level will separate them. */
export interface ClusterChoice {
  lon: number;
  lat: number;
  sites: { id: string; name: string }[];
}

/** Props of the cluster chooser. */
export interface ClusterChooserProps {
  choice: ClusterChoice;
  onChoose: (id: string) => void;
  onClose: () => void;
}

/** A popup listing the sites of a cluster that cannot be expanded, each a button that selects it. */
export function ClusterChooser({ choice, onChoose, onClose }: ClusterChooserProps) {
  return (
    <Popup longitude={choice.lon} latitude={choice.lat} onClose={onClose} closeOnClick={false} offset={16} className="cluster-chooser">
      <p className="cluster-chooser-title">{choice.sites.length} sites share this point</p>
      <ul>
        {choice.sites.map((site) => (
          <li key={site.id}>
            <button type="button" onClick={() => onChoose(site.id)}>
              {site.name}
            </button>
          </li>
        ))}
      </ul>
    </Popup>
  );
}
