import { graphql } from './generated';

/*
 * Selections that the admin and the villager apps both read, so that a resident's score and a
 * declaration show the same facts on either side. Codegen copies each fragment into every document
 * that spreads it (`...ResidentScoreFields`), so screens import only their operation's Document,
 * never these constants; a screen that needs more adds the extra fields next to the spread.
 */

export const ScoreEntryFields = graphql(`
  fragment ScoreEntryFields on ScoreEntry {
    id
    seq
    kind
    track
    itemCode
    itemName
    points
    quantity
    actedOn
    expiresOn
    inQuarter
    reviewerName
    declarantName
    reason
    ruleNote
    reversed
    reversesEntryId
    repeatMultiplier
    evidence {
      fileName
      contentType
      sizeBytes
    }
  }
`);

export const ResidentScoreFields = graphql(`
  fragment ResidentScoreFields on ResidentScore {
    residentName
    periodLabel
    from
    to
    postedVersion
    laterEntries
    tracks {
      track
      baseScore
      points
      quarterPoints
      score
      entryCount
    }
    entries {
      ...ScoreEntryFields
    }
  }
`);

export const DeclarationFields = graphql(`
  fragment DeclarationFields on Declaration {
    id
    itemCode
    item {
      name
      unitLabel
    }
    actedOn
    quantity
    note
    pointsAsked
    status
    createdAt
    channel
    evidence {
      id
      fileName
      contentType
    }
    history {
      kind
      at
      byName
      points
      reason
      amendedItemCode
      amendedQuantity
    }
  }
`);
