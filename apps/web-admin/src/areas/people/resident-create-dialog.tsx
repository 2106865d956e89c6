import { Form, Modal } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '@village/web/graphql';
import { applyApiError } from '../../components/api-form';
import { ProblemAlert } from '../../components/form-modal';
import { ResidentForm, type ResidentFormValues } from './resident-form';
import { useGridChoices, useHouseholdChoices } from './village-choices';

const CreateResidentDocument = graphql(`
  mutation PeopleCreateResident($input: CreateResidentInput!) {
    createResident(input: $input) {
      id
      name
    }
  }
`);

/** 登记村民: the form in a dialog; on success the new resident's page opens. */
export function ResidentCreateDialog({
  villageId,
  open,
  onClose,
}: {
  villageId: string;
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<ResidentFormValues>();
  const [state, create] = useMutation(CreateResidentDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const grids = useGridChoices(villageId);
  const households = useHouseholdChoices(villageId);
  const navigate = useNavigate();

  async function submit(values: ResidentFormValues) {
    setProblem(null);
    const result = await create({
      input: {
        villageId,
        name: values.name.trim(),
        gender: values.gender,
        birthDate: values.birthDate.trim(),
        idNumber: values.idNumber.trim().toUpperCase(),
        phone: values.phone?.trim() || null,
        householdId: values.householdId ?? null,
        relationToHead: values.relationToHead ?? null,
        gridId: values.gridId ?? null,
      },
    });
    if (result.error || !result.data) {
      setProblem(applyApiError(form, result.error));
      return;
    }
    form.resetFields();
    onClose();
    navigate(`/people/residents/${result.data.createResident.id}`);
  }

  return (
    <Modal
      title="登记村民"
      open={open}
      okText="登记"
      cancelText="取消"
      confirmLoading={state.fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden={false}
    >
      <ProblemAlert problem={problem} />
      <ResidentForm form={form} grids={grids.choices} households={households.choices} onFinish={submit} />
    </Modal>
  );
}
