/** Where an extracted fact came from: shown by Ruling.sources. */
export interface FactSource {
  fact: string;
  documentEli?: string;
  location: string;
}

/** A fact read from free text that was not applied, for a person to decide (the review report). */
export interface ReviewItem {
  /** The document's file and ELI. */
  file: string;
  documentEli?: string;
  location: string;
  /** The text the fact was read from. */
  text: string;
  /** What the importer understood the text to say. */
  understood: string;
  /** Why it was not applied (or, for a default, what was applied instead). */
  reason: string;
}
