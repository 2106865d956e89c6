import { graphql } from '@village/web/graphql';

export const ActivitiesDocument = graphql(`
  query ReportingActivities($villageId: ID!, $year: Int!) {
    volunteerActivities(villageId: $villageId, year: $year) {
      id
      title
      organiser
      startsAt
      endsAt
      status
    }
  }
`);

export const ActivityDocument = graphql(`
  query ReportingActivity($id: ID!) {
    volunteerActivity(id: $id) {
      id
      title
      organiser
      place
      description
      startsAt
      endsAt
      defaultHours
      itemCode
      checkInCode
      status
      photos {
        id
        fileName
      }
      participants {
        residentId
        residentName
        channel
        hours
        declarationId
      }
    }
  }
`);

export const CreateActivityDocument = graphql(`
  mutation ReportingCreateActivity($input: CreateActivityInput!) {
    createVolunteerActivity(input: $input) {
      id
    }
  }
`);

export const RegisterVolunteerDocument = graphql(`
  mutation ReportingRegisterVolunteer($input: RegisterParticipantInput!) {
    registerVolunteer(input: $input) {
      residentId
    }
  }
`);

export const CloseActivityDocument = graphql(`
  mutation ReportingCloseActivity($activityId: ID!) {
    closeVolunteerActivity(activityId: $activityId) {
      id
      status
    }
  }
`);

export const AddActivityPhotoDocument = graphql(`
  mutation ReportingAddActivityPhoto($input: AddActivityPhotoInput!) {
    addVolunteerActivityPhoto(input: $input) {
      id
    }
  }
`);
