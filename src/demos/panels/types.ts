/** What every panel takes from the page. */
export interface PanelProps {
  /** Heading level of the panel's title: 2 alone on the page, 3 among the others. */
  level: 2 | 3;
  /** Offer a link to this panel on its own (on the page with every demo). */
  offerAlone?: boolean;
}
