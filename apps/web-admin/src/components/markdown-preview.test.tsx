import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MarkdownPreview } from './markdown-preview';

describe('procedure preview', () => {
  it('renders headings, lists, paragraphs and bold', () => {
    const { container } = render(
      <MarkdownPreview source={'# 登记\n\n每月 **最后三天** 登记。\n\n- 核实\n- 录入\n\n1. 公示\n2. 定案'} />,
    );
    expect(container.querySelector('h2')?.textContent).toBe('登记');
    expect(container.querySelector('p strong')?.textContent).toBe('最后三天');
    expect([...container.querySelectorAll('ul li')].map((li) => li.textContent)).toEqual(['核实', '录入']);
    expect([...container.querySelectorAll('ol li')].map((li) => li.textContent)).toEqual(['公示', '定案']);
  });

  it('shows HTML in the text as text, never as markup', () => {
    const { container } = render(
      <MarkdownPreview source={'<img src=x onerror=alert(1)> <script>alert(1)</script>'} />,
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.textContent).toContain('<script>alert(1)</script>');
  });
});
