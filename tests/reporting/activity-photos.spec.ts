import { createHash } from 'node:crypto';
import { SubjectType as S } from '@village/platform-common';
import { AnomalyDetectionService } from '@village/reporting';
import { onePixelPng } from '@village/scoring';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { graphql } from '../support/generated';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
import {
  arrangeDistrict,
  arrangeOpenYear,
  arrangeResident,
  arrangeRulebook,
  arrangeScoringVillage,
  arrangeTown,
  villageItem,
  type ArrangedResident,
  type ArrangedVillage,
} from '../support/arrange';

/**
 * Activity photos (issue 14 item 2): the organiser uploads up to three while the activity is open;
 * closing makes them each proposal's evidence, and refuses — writing nothing — when the item requires
 * evidence and there is no photo. Another village's organiser cannot add one.
 */
const WITH_EVIDENCE = villageItem('VP1', '参加志愿服务（按小时计，须佐证）', {
  perUnitPoints: 0.5,
  unitLabel: '小时',
  pointsMin: 0.5,
  pointsMax: 10,
  evidenceRequired: true,
});
const HOUR = 3_600_000;
const today = () => new Date(Date.now() + 8 * HOUR).toISOString().slice(0, 10);
const PNG = onePixelPng().toString('base64');

const CREATE = graphql(`
  mutation PhotoActivityCreate($input: CreateActivityInput!) {
    createVolunteerActivity(input: $input) {
      id
    }
  }
`);
const REGISTER = graphql(`
  mutation PhotoActivityRegister($input: RegisterParticipantInput!) {
    registerVolunteer(input: $input) {
      residentName
    }
  }
`);
const ADD_PHOTO = graphql(`
  mutation PhotoActivityAdd($input: AddActivityPhotoInput!) {
    addVolunteerActivityPhoto(input: $input) {
      id
      sha256
      sizeBytes
    }
  }
`);
const REGISTER_ACT = graphql(`
  mutation PhotoRegisterAct($input: RegisterActInput!) {
    registerAct(input: $input) {
      id
    }
  }
`);
const CLOSE = graphql(`
  mutation PhotoActivityClose($activityId: ID!) {
    closeVolunteerActivity(activityId: $activityId) {
      status
      photos {
        sha256
      }
      participants {
        declarationId
      }
    }
  }
`);

describe('activity photos: evidence for the proposed hours', () => {
  let t: TestApp;
  let village: ArrangedVillage;
  let other: ArrangedVillage;
  let volunteer: ArrangedResident;

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    const district = await arrangeDistrict(t);
    const town = await arrangeTown(t, district.unit);
    await arrangeRulebook(t, district.unit, [town]);
    t.setToday(`${DEMO_YEAR}-01-02`);
    village = await arrangeScoringVillage(t, town, DEMO_YEAR, { villageItems: [WITH_EVIDENCE], open: false });
    other = await arrangeScoringVillage(t, town, DEMO_YEAR, { villageItems: [WITH_EVIDENCE] });
    await arrangeOpenYear(t, village, DEMO_YEAR);
    volunteer = await arrangeResident(t, village, { name: '志愿者甲', roles: [S.VILLAGER] });
    t.setToday(today());
  });
  afterAll(() => t.close());

  async function activityWithVolunteer() {
    const now = Date.now();
    const { id } = expectOk(
      await t.gql(
        CREATE,
        {
          input: {
            villageId: village.id,
            title: '清扫村道',
            organiser: '村志愿服务队',
            place: '村内主干道',
            description: '清扫村道',
            startsAt: new Date(now - HOUR).toISOString(),
            endsAt: new Date(now + HOUR).toISOString(),
            defaultHours: 2,
            itemCode: 'VP1',
          },
        },
        village.admin.token,
      ),
    ).createVolunteerActivity;
    expectOk(
      await t.gql(REGISTER, { input: { activityId: id, residentId: volunteer.id } }, village.admin.token),
    );
    return id;
  }
  const photo = (contentBase64 = PNG, contentType = 'image/png') => ({
    fileName: '活动照片.png',
    contentType,
    contentBase64,
  });

  it('refuses to close without a photo when the item requires evidence, and writes nothing', async () => {
    const id = await activityWithVolunteer();
    const refused = await t.gql(CLOSE, { activityId: id }, village.admin.token);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toContain('请先上传活动照片');
    const [row] = await t.db.adminQuery<{ status: string; proposals: number }>(
      `SELECT a.status, (SELECT count(*)::int FROM volunteer_participation p
                          WHERE p.activity_id = a.id AND p.declaration_id IS NOT NULL) AS proposals
         FROM volunteer_activity a WHERE a.id = $1`,
      [id],
    );
    expect(row).toEqual({ status: 'OPEN', proposals: 0 });
  });

  it('attaches the photos to each proposal as its evidence', async () => {
    const id = await activityWithVolunteer();
    const added = expectOk(
      await t.gql(ADD_PHOTO, { input: { activityId: id, photo: photo() } }, village.admin.token),
    ).addVolunteerActivityPhoto;
    expect(added.sha256).toBe(createHash('sha256').update(onePixelPng()).digest('hex'));
    const closed = expectOk(
      await t.gql(CLOSE, { activityId: id }, village.admin.token),
    ).closeVolunteerActivity;
    expect(closed.status).toBe('CLOSED');
    expect(closed.photos).toEqual([{ sha256: added.sha256 }]);
    const [declarationId] = closed.participants.map((p) => p.declarationId);
    const evidence = await t.db.adminQuery<{ sha256: string }>(
      'SELECT sha256 FROM declaration_evidence WHERE declaration_id = $1',
      [declarationId],
    );
    expect(evidence).toEqual([{ sha256: added.sha256 }]);
    const late = await t.gql(ADD_PHOTO, { input: { activityId: id, photo: photo() } }, village.admin.token);
    expect(errorCode(late)).toBe('CONFLICT');
  });

  it('takes at most three images, in parallel too, naming the field for what it refuses', async () => {
    const id = await activityWithVolunteer();
    const notImage = await t.gql(
      ADD_PHOTO,
      {
        input: {
          activityId: id,
          photo: photo(Buffer.from('%PDF-1.4 x').toString('base64'), 'application/pdf'),
        },
      },
      village.admin.token,
    );
    expect(errorCode(notImage)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(notImage.errors)).toContain('photo');
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.gql(ADD_PHOTO, { input: { activityId: id, photo: photo() } }, village.admin.token),
      ),
    );
    expect(answers.filter((a) => !a.errors)).toHaveLength(3);
    expect(answers.filter((a) => errorCode(a) === 'BAD_USER_INPUT')).toHaveLength(2);
    const intruder = await t.gql(ADD_PHOTO, { input: { activityId: id, photo: photo() } }, other.admin.token);
    expect(errorCode(intruder)).toBe('NOT_FOUND');
  });

  it('is one act for the anomaly rule: the photo is reuse only beside another act', async () => {
    const id = await activityWithVolunteer();
    const helper = await arrangeResident(t, village, { name: '志愿者乙', roles: [S.VILLAGER] });
    expectOk(
      await t.gql(REGISTER, { input: { activityId: id, residentId: helper.id } }, village.admin.token),
    );
    // A photo no other test uses: a second pixel appended makes other bytes, a valid PNG still.
    const own = Buffer.concat([onePixelPng(), Buffer.from('activity-photo-rule')]).toString('base64');
    expectOk(await t.gql(ADD_PHOTO, { input: { activityId: id, photo: photo(own) } }, village.admin.token));
    expectOk(await t.gql(CLOSE, { activityId: id }, village.admin.token));
    const sha = createHash('sha256').update(Buffer.from(own, 'base64')).digest('hex');
    const reuseOf = async () => {
      await t.app.get(AnomalyDetectionService).detectDistrict(village.unit.districtId);
      return t.db.adminQuery(
        `SELECT id FROM anomaly_alert WHERE kind = 'EVIDENCE_REUSED' AND subject_key = $1`,
        [sha],
      );
    };
    expect(await reuseOf()).toHaveLength(0); // two participants, one activity: one act
    expectOk(
      await t.gql(
        REGISTER_ACT,
        {
          input: {
            residentId: volunteer.id,
            itemCode: 'VP1',
            actedOn: today(),
            quantity: 1,
            idempotencyKey: 'activity:not-really',
            evidence: [photo(own)],
          },
        },
        village.admin.token,
      ),
    );
    expect(await reuseOf()).toHaveLength(1); // the same photo offered for another act
  });
});
