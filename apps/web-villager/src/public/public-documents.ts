import { graphql } from '@village/web/graphql';

export const PublicArtefactDocument = graphql(`
  query VillagerPublicArtefact($id: ID!) {
    publicArtefact(id: $id) {
      artefactId
      kind
      title
      canonical
      digest
      seq
      checkpoint {
        seq
        rootHash
        signedAt
        countersigns {
          unitName
          capacity
          signerName
          createdAt
        }
      }
    }
  }
`);

export const VerifyPublicArtefactDocument = graphql(`
  query VillagerVerifyPublicArtefact($id: ID!, $seq: Int, $root: String) {
    verifyPublicArtefact(id: $id, checkpointSeq: $seq, checkpointRoot: $root) {
      unchanged
      chainIntact
      checkpointsValid
      printedCheckpointConsistent
      problems
    }
  }
`);

/** What the canonical text holds (docs/public-notice-format.md). */
export interface PublicContent {
  district: string;
  town: string;
  village: string | null;
  title: string;
  postedOn: string;
  windowEndsOn: string | null;
  columns: string[];
  rows: string[][];
}
