/**
 * The optimizers as the book writes them: each one's name, its update rule
 * in KaTeX (an `aligned` block, in the book's notation) and where the rule
 * comes from; and each hyperparameter's symbol in KaTeX (`TEX`). Text for
 * pages and generated code, apart from the registry records (./index) so
 * that a figure which only runs optimizers ships none of it. Plain strings
 * (backslashes doubled), not String.raw: a tagged template counts as a call,
 * and the bundler keeps it in every bundle that loads the barrel.
 *
 *   RULES.adam.tex;  // '\\begin{aligned} g_t &\\leftarrow ... \\end{aligned}'
 *   TEX.beta1;       // '\\beta_1'
 */
import type { OptimizerId } from './types';

export interface OptimizerRule {
  readonly label: string;
  /** KaTeX of the update rule (an `aligned` block), in the book's notation. */
  readonly tex: string;
  /** Where the rule comes from. */
  readonly source: string;
}

export const RULES: { readonly [K in OptimizerId]: OptimizerRule } = {
  gd: {
    label: 'Gradient descent',
    tex: '\\begin{aligned} w_t &\\leftarrow w_{t-1} - \\eta\\, \\nabla f(w_{t-1}) \\end{aligned}',
    source: 'Cauchy (1847); torch.optim.SGD with momentum = 0',
  },
  sgd: {
    label: 'SGD (PyTorch)',
    tex: '\\begin{aligned} g_t &\\leftarrow \\nabla f(w_{t-1}) + \\omega\\, w_{t-1} \\\\ b_t &\\leftarrow \\mu\\, b_{t-1} + (1-\\tau)\\, g_t \\quad (b_1 = g_1) \\\\ w_t &\\leftarrow w_{t-1} - \\eta\\, b_t \\quad \\text{(Nesterov: } g_t + \\mu\\, b_t \\text{ in place of } b_t) \\end{aligned}',
    source: 'PyTorch docs, torch.optim.SGD; Sutskever et al. (2013) for Nesterov',
  },
  'momentum-ema': {
    label: 'Momentum (moving average)',
    tex: '\\begin{aligned} m_t &\\leftarrow \\beta\\, m_{t-1} + (1-\\beta)\\, \\nabla f(w_{t-1}) \\quad (m_0 = 0) \\\\ w_t &\\leftarrow w_{t-1} - \\eta\\, m_t \\end{aligned}',
    source: 'Polyak (1964) heavy ball, in the exponential-moving-average form',
  },
  adagrad: {
    label: 'Adagrad',
    tex: '\\begin{aligned} g_t &\\leftarrow \\nabla f(w_{t-1}) + \\omega\\, w_{t-1} \\\\ \\tilde\\eta_t &\\leftarrow \\eta / \\bigl(1 + (t-1)\\,\\gamma\\bigr) \\\\ s_t &\\leftarrow s_{t-1} + g_t^2 \\\\ w_t &\\leftarrow w_{t-1} - \\tilde\\eta_t\\, \\frac{g_t}{\\sqrt{s_t} + \\epsilon} \\end{aligned}',
    source: 'Duchi, Hazan & Singer (2011); PyTorch docs, torch.optim.Adagrad',
  },
  rmsprop: {
    label: 'RMSprop',
    tex: '\\begin{aligned} g_t &\\leftarrow \\nabla f(w_{t-1}) + \\omega\\, w_{t-1} \\\\ v_t &\\leftarrow \\rho\\, v_{t-1} + (1-\\rho)\\, g_t^2 \\\\ \\tilde v_t &\\leftarrow v_t - a_t^2,\\ \\ a_t \\leftarrow \\rho\\, a_{t-1} + (1-\\rho)\\, g_t \\quad \\text{(centered; else } \\tilde v_t = v_t) \\\\ b_t &\\leftarrow \\mu\\, b_{t-1} + \\frac{g_t}{\\sqrt{\\tilde v_t} + \\epsilon} \\\\ w_t &\\leftarrow w_{t-1} - \\eta\\, b_t \\end{aligned}',
    source: 'Hinton (2012), Coursera lecture 6e; Graves (2013); PyTorch docs, torch.optim.RMSprop',
  },
  adam: {
    label: 'Adam',
    tex: '\\begin{aligned} g_t &\\leftarrow \\nabla f(w_{t-1}) + \\omega\\, w_{t-1} \\\\ m_t &\\leftarrow \\beta_1 m_{t-1} + (1-\\beta_1)\\, g_t \\\\ v_t &\\leftarrow \\beta_2 v_{t-1} + (1-\\beta_2)\\, g_t^2 \\\\ \\hat m_t &\\leftarrow m_t / (1-\\beta_1^t), \\quad \\hat v_t \\leftarrow v_t / (1-\\beta_2^t) \\\\ w_t &\\leftarrow w_{t-1} - \\eta\\, \\frac{\\hat m_t}{\\sqrt{\\hat v_t} + \\epsilon} \\end{aligned}',
    source: 'Kingma & Ba (2015); Reddi et al. (2018) for AMSGrad; PyTorch docs, torch.optim.Adam',
  },
  adamw: {
    label: 'AdamW',
    tex: "\\begin{aligned} w' &\\leftarrow w_{t-1}\\,(1 - \\eta\\omega) \\\\ m_t &\\leftarrow \\beta_1 m_{t-1} + (1-\\beta_1)\\, g_t \\\\ v_t &\\leftarrow \\beta_2 v_{t-1} + (1-\\beta_2)\\, g_t^2 \\\\ \\hat m_t &\\leftarrow m_t / (1-\\beta_1^t), \\quad \\hat v_t \\leftarrow v_t / (1-\\beta_2^t) \\\\ w_t &\\leftarrow w' - \\eta\\, \\frac{\\hat m_t}{\\sqrt{\\hat v_t} + \\epsilon} \\end{aligned}",
    source: 'Loshchilov & Hutter (2019); PyTorch docs, torch.optim.AdamW',
  },
};

/** Each hyperparameter's symbol in KaTeX, by name (`SYMBOLS` as TeX; the flags by name). */
export const TEX: { readonly [name: string]: string } = {
  lr: '\\eta',
  momentum: '\\mu',
  dampening: '\\tau',
  nesterov: '\\text{Nesterov}',
  weightDecay: '\\omega',
  beta: '\\beta',
  lrDecay: '\\gamma',
  initialAccumulatorValue: 's_0',
  eps: '\\epsilon',
  alpha: '\\rho',
  centered: '\\text{centered}',
  beta1: '\\beta_1',
  beta2: '\\beta_2',
  amsgrad: '\\text{AMSGrad}',
  biasCorrection: '1-\\beta^t',
};
