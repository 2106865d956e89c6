import { Alert, Form, Modal, type FormInstance, type ModalProps } from 'antd';
import type { ReactNode } from 'react';

/** The API's refusal, above the form it belongs to (role="alert" so a screen reader announces it). */
export function ProblemAlert({ problem }: { problem: string | null | undefined }) {
  return problem ? (
    <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} />
  ) : null;
}

interface FormModalProps<Values> {
  title: ReactNode;
  open: boolean;
  okText: string;
  /** The mutation is under way: the OK button spins and cannot be pressed twice. */
  busy: boolean;
  form: FormInstance<Values>;
  onFinish: (values: Values) => unknown;
  onCancel: () => void;
  problem: string | null | undefined;
  /** Words shown above the error and the form, e.g. what the action keeps or what it needs. */
  intro?: ReactNode;
  /** Further Modal settings (danger OK button, width, filling the form when it opens). */
  modal?: Pick<ModalProps, 'okButtonProps' | 'afterOpenChange' | 'width'>;
  children: ReactNode;
}

/**
 * A dialog around one antd form: OK submits the form, the form keeps what was typed when the API
 * refuses, and the refusal shows above it. `forceRender` so the form instance exists (and can be
 * filled or reset) before the dialog first opens.
 */
export function FormModal<Values>(props: FormModalProps<Values>) {
  const { form } = props;
  return (
    <Modal
      {...props.modal}
      title={props.title}
      open={props.open}
      okText={props.okText}
      cancelText="取消"
      confirmLoading={props.busy}
      onOk={() => form.submit()}
      onCancel={props.onCancel}
      forceRender
    >
      {props.intro}
      <ProblemAlert problem={props.problem} />
      <Form form={form} layout="vertical" onFinish={props.onFinish}>
        {props.children}
      </Form>
    </Modal>
  );
}
