import type { INestApplication } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { Query, Resolver, RESOLVER_TYPE_METADATA, RESOLVER_NAME_METADATA } from '@nestjs/graphql';
import request from 'supertest';
import { PERMISSIONS_KEY, PUBLIC_KEY } from '@village/platform-common';
import { createOfflineApp } from '../../tools/schema/served-schema';

/** Deliberately undeclared: the guard must refuse it for everyone. */
@Resolver()
class UndeclaredResolver {
  @Query(() => String)
  undeclaredSecret(): string {
    return 'leaked';
  }
}

interface Operation {
  name: string;
  type: string;
  declared: boolean;
}

function operationsOf(app: INestApplication): Operation[] {
  const scanner = new MetadataScanner();
  return new DiscoveryService(app.get(ModulesContainer))
    .getProviders()
    .filter((wrapper) => typeof wrapper.metatype === 'function' && wrapper.metatype.prototype)
    .flatMap((wrapper) => {
      const prototype = (wrapper.metatype as { prototype: object }).prototype;
      return scanner.getAllMethodNames(prototype).flatMap((methodName) => {
        const method = (prototype as Record<string, unknown>)[methodName] as object;
        const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) as string | undefined;
        if (!type || !['Query', 'Mutation', 'Subscription'].includes(type)) return [];
        const permissions = Reflect.getMetadata(PERMISSIONS_KEY, method) as unknown[] | undefined;
        const isPublic = Reflect.getMetadata(PUBLIC_KEY, method) === true;
        const name =
          (Reflect.getMetadata(RESOLVER_NAME_METADATA, method) as string | undefined) ?? methodName;
        return [{ name: `${type}.${name}`, type, declared: isPublic || Boolean(permissions?.length) }];
      });
    });
}

describe('every operation declares its permission', () => {
  it('finds no query or mutation without @Allow(...) or @Public()', async () => {
    const app = await createOfflineApp();
    try {
      const operations = operationsOf(app);
      expect(operations.map((o) => o.name)).toEqual(
        expect.arrayContaining(['Mutation.login', 'Query.villages']),
      );
      expect(operations.filter((o) => !o.declared).map((o) => o.name)).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('detects an undeclared operation, and the guard refuses it at run time', async () => {
    const app = await createOfflineApp([UndeclaredResolver]);
    try {
      expect(
        operationsOf(app)
          .filter((o) => !o.declared)
          .map((o) => o.name),
      ).toEqual(['Query.undeclaredSecret']);
      const res = await request(app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query: '{ undeclaredSecret }' });
      expect(res.body.data).toBeNull();
      expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
    } finally {
      await app.close();
    }
  });
});
