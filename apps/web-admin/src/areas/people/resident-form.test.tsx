import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { ResidentForm, type ResidentFormValues } from './resident-form';

/** A valid number for a birth date (the check character computed as GB 11643 does). */
function idNumberFor(birthDate: string, order: number): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const first17 = `371081${birthDate.replace(/-/g, '')}${String(order).padStart(3, '0')}`;
  const sum = weights.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return first17 + '10X98765432'[sum % 11];
}

function renderForm(onFinish = vi.fn()) {
  function Harness() {
    const [form] = Form.useForm<ResidentFormValues>();
    return (
      <>
        <ResidentForm form={form} grids={[]} households={[]} onFinish={onFinish} />
        <button onClick={() => form.submit()}>提交</button>
      </>
    );
  }
  render(<Harness />);
  return onFinish;
}

async function fill(values: {
  name?: string;
  gender?: '男' | '女';
  birthDate?: string;
  idNumber?: string;
  phone?: string;
}) {
  if (values.name) await userEvent.type(screen.getByLabelText('姓名'), values.name);
  if (values.gender) await userEvent.click(screen.getByLabelText(values.gender));
  if (values.birthDate) await userEvent.type(screen.getByLabelText('出生日期'), values.birthDate);
  if (values.idNumber) await userEvent.type(screen.getByLabelText('身份证号'), values.idNumber);
  if (values.phone) await userEvent.type(screen.getByLabelText('联系电话'), values.phone);
}

describe('resident form validation', () => {
  it('names each missing required field in Chinese and submits nothing', async () => {
    const onFinish = renderForm();
    await userEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByText('请输入姓名')).toBeTruthy();
    expect(screen.getByText('请选择性别')).toBeTruthy();
    expect(screen.getByText('请输入出生日期')).toBeTruthy();
    expect(screen.getByText('请输入身份证号')).toBeTruthy();
    expect(onFinish).not.toHaveBeenCalled();
  });

  it('refuses a wrong check character and keeps what was typed', async () => {
    const good = idNumberFor('1966-05-07', 31);
    const bad = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
    const onFinish = renderForm();
    await fill({ name: '张三', gender: '男', birthDate: '1966-05-07', idNumber: bad });
    await userEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByText('身份证号校验位不正确，请核对')).toBeTruthy();
    expect((screen.getByLabelText('姓名') as HTMLInputElement).value).toBe('张三');
    expect((screen.getByLabelText('身份证号') as HTMLInputElement).value).toBe(bad);
    expect(onFinish).not.toHaveBeenCalled();
  });

  it('says when the number disagrees with the birth date or the gender typed', async () => {
    renderForm();
    await fill({
      name: '李四',
      gender: '女',
      birthDate: '1970-01-02',
      idNumber: idNumberFor('1966-05-07', 31),
    });
    await userEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByText(/出生日期是 1966-05-07，与填写的出生日期不一致/)).toBeTruthy();
  });

  it('refuses a date that is not a real day and a malformed phone', async () => {
    renderForm();
    await fill({ name: '王五', gender: '男', birthDate: '1966-02-30', phone: '138 0000' });
    await userEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByText('出生日期应为 YYYY-MM-DD 格式的真实日期')).toBeTruthy();
    expect(screen.getByText(/电话号码格式不正确/)).toBeTruthy();
  });

  it('submits a consistent resident', async () => {
    const onFinish = renderForm();
    const id = idNumberFor('1966-05-07', 31);
    await fill({ name: '张三', gender: '男', birthDate: '1966-05-07', idNumber: id, phone: '13800000000' });
    await userEvent.click(screen.getByRole('button', { name: '提交' }));
    await vi.waitFor(() => expect(onFinish).toHaveBeenCalled());
    expect(onFinish.mock.calls[0][0]).toMatchObject({
      name: '张三',
      gender: 'MALE',
      birthDate: '1966-05-07',
      idNumber: id,
    });
  });
});
