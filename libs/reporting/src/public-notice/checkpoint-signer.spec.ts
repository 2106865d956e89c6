import { checkpointStatement, CheckpointSigner, verifyCheckpoint } from './checkpoint-signer';

describe('checkpoint signatures (Ed25519)', () => {
  it('signs a statement that verifies with the public key, and not once altered', () => {
    const signer = CheckpointSigner.fromSettings(null, 'a secret');
    const statement = checkpointStatement('d', 3, 'ab'.repeat(32));
    const signature = signer.sign(statement);
    expect(verifyCheckpoint(signer.publicKey, statement, signature)).toBe(true);
    expect(verifyCheckpoint(signer.publicKey, checkpointStatement('d', 4, 'ab'.repeat(32)), signature)).toBe(
      false,
    );
    expect(CheckpointSigner.fromSettings(null, 'a secret').publicKey).toBe(signer.publicKey);
    const set = CheckpointSigner.fromSettings(Buffer.alloc(32, 7).toString('base64'), 'ignored');
    expect(set.publicKey).not.toBe(signer.publicKey);
  });
});
