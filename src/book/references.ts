/**
 * The book's bibliography: every work a chapter cites, in the text or in its
 * "Further reading", has one entry here, and the references page is drawn
 * from it. A chapter cites in the text by linking the entry,
 * `[Polyak, 1964](/references/#polyak1964)`; a "Further reading" item links
 * the work itself (its href here, or its exact title when it has no link).
 * Which chapters use a work is read from the chapters, never typed in
 * (`citations`); tests/unit/book/references.test.ts holds every chapter to it.
 *
 * Data and software the site ships are credited on the about page, not here.
 */

export interface Work {
  /** The anchor on the references page: first author's surname and year, e.g. `polyak1964`. */
  id: string;
  authors: string;
  year: number;
  title: string;
  /** Venue, publisher, volume and pages: everything after the title. */
  where: string;
  /** Where to read it (DOI, arXiv, publisher); absent when there is no stable free link. */
  href?: string;
  /** How the link is shown, e.g. `arXiv:1412.6980`. */
  link?: string;
  /** What the book uses it for, in one sentence. */
  note: string;
  /** Anchors this entry had in an earlier edition: links to them still land here. */
  formerIds?: readonly string[];
}

export const WORKS: readonly Work[] = [
  {
    id: 'polyak1964',
    authors: 'B. T. Polyak',
    year: 1964,
    title: 'Some methods of speeding up the convergence of iteration methods',
    where: 'USSR Computational Mathematics and Mathematical Physics 4(5), 1–17, 1964',
    href: 'https://doi.org/10.1016/0041-5553(64)90137-5',
    link: 'doi:10.1016/0041-5553(64)90137-5',
    note: 'The heavy-ball method: momentum, and its rate on a quadratic with the best step and momentum.',
  },
  {
    id: 'nesterov1983',
    authors: 'Y. E. Nesterov',
    year: 1983,
    title: 'A method of solving a convex programming problem with convergence rate O(1/k²)',
    where: 'Soviet Mathematics Doklady 27(2), 372–376, 1983 (Russian original: Doklady Akademii Nauk SSSR 269(3), 543–547)',
    note: 'Accelerated gradient: look ahead along the momentum, then take the gradient there.',
  },
  {
    id: 'rumelhart1986',
    authors: 'D. E. Rumelhart, G. E. Hinton and R. J. Williams',
    year: 1986,
    title: 'Learning internal representations by error propagation',
    where:
      'in D. E. Rumelhart and J. L. McClelland (eds.), Parallel Distributed Processing, Vol. 1, MIT Press, 1986. Short version: “Learning representations by back-propagating errors”, Nature 323, 533–536, 1986',
    href: 'https://doi.org/10.1038/323533a0',
    link: 'doi:10.1038/323533a0',
    note: 'Backpropagation: the gradient of a network’s loss by the chain rule, at the cost of a few forward passes.',
  },
  {
    id: 'gardner1984',
    authors: 'W. A. Gardner',
    year: 1984,
    title: 'Learning characteristics of stochastic-gradient-descent algorithms: a general study, analysis, and critique',
    where: 'Signal Processing 6(2), 113–133, 1984',
    href: 'https://doi.org/10.1016/0165-1684(84)90013-6',
    link: 'doi:10.1016/0165-1684(84)90013-6',
    note: 'Stochastic gradient descent analysed: noise, step sizes and convergence.',
  },
  {
    id: 'cybenko1989',
    authors: 'G. Cybenko',
    year: 1989,
    title: 'Approximation by superpositions of a sigmoidal function',
    where: 'Mathematics of Control, Signals and Systems 2(4), 303–314, 1989',
    href: 'https://doi.org/10.1007/BF02551274',
    link: 'doi:10.1007/BF02551274',
    note: 'Universal approximation: one hidden layer of sigmoids, wide enough, approximates any continuous function on a bounded region.',
  },
  {
    id: 'hornik1991',
    authors: 'K. Hornik',
    year: 1991,
    title: 'Approximation capabilities of multilayer feedforward networks',
    where: 'Neural Networks 4(2), 251–257, 1991',
    href: 'https://doi.org/10.1016/0893-6080(91)90009-T',
    link: 'doi:10.1016/0893-6080(91)90009-T',
    note: 'Universal approximation for any bounded, non-constant activation: it is the layered architecture, not the sigmoid, that does it.',
  },
  {
    id: 'boyd2004',
    authors: 'S. Boyd and L. Vandenberghe',
    year: 2004,
    title: 'Convex Optimization',
    where: 'Cambridge University Press, 2004, chapter 9 (§9.4: steepest descent in other norms)',
    href: 'https://web.stanford.edu/~boyd/cvxbook/',
    link: 'web.stanford.edu/~boyd/cvxbook',
    note: 'Descent methods, with steepest descent measured in a norm of one’s choice: the gradient depends on the metric.',
  },
  {
    id: 'bengio2012',
    authors: 'Y. Bengio',
    year: 2012,
    title: 'Practical recommendations for gradient-based training of deep architectures',
    where: 'in G. Montavon, G. B. Orr and K.-R. Müller (eds.), Neural Networks: Tricks of the Trade, 2nd ed., Springer, 2012, arXiv:1206.5533',
    href: 'https://arxiv.org/abs/1206.5533',
    link: 'arXiv:1206.5533',
    note: 'The learning rate as the hyperparameter to tune first, and how to tune it.',
  },
  {
    id: 'nocedal2006',
    authors: 'J. Nocedal and S. J. Wright',
    year: 2006,
    title: 'Numerical Optimization',
    where: '2nd ed., Springer, 2006, §3.3',
    href: 'https://doi.org/10.1007/978-0-387-40065-5',
    link: 'doi:10.1007/978-0-387-40065-5',
    note: 'Convergence rates of steepest descent, and the condition number that sets them.',
  },
  {
    id: 'glorot2010',
    authors: 'X. Glorot and Y. Bengio',
    year: 2010,
    title: 'Understanding the difficulty of training deep feedforward neural networks',
    where: 'AISTATS 2010, PMLR 9, 249–256',
    href: 'https://proceedings.mlr.press/v9/glorot10a.html',
    link: 'proceedings.mlr.press/v9/glorot10a',
    note: 'Why saturating activations train badly, and the initialisation scaled by fan-in and fan-out.',
  },
  {
    id: 'duchi2011',
    authors: 'J. Duchi, E. Hazan and Y. Singer',
    year: 2011,
    title: 'Adaptive subgradient methods for online learning and stochastic optimization',
    where: 'Journal of Machine Learning Research 12, 2121–2159, 2011',
    href: 'https://jmlr.org/papers/v12/duchi11a.html',
    link: 'jmlr.org/papers/v12/duchi11a',
    note: 'AdaGrad: each coordinate’s step divided by the root of its summed squared gradients.',
  },
  {
    id: 'hinton2012',
    authors: 'G. Hinton, N. Srivastava and K. Swersky',
    year: 2012,
    title: 'Neural networks for machine learning, lecture 6e: rmsprop: divide the gradient by a running average of its recent magnitude',
    where: 'Coursera course slides, 2012 (never published as a paper)',
    href: 'https://www.cs.toronto.edu/~tijmen/csc321/slides/lecture_slides_lec6.pdf',
    link: 'cs.toronto.edu/~tijmen/csc321',
    note: 'RMSprop, introduced in a lecture: AdaGrad’s sum replaced by a moving average.',
  },
  {
    id: 'sutskever2013',
    authors: 'I. Sutskever, J. Martens, G. Dahl and G. Hinton',
    year: 2013,
    title: 'On the importance of initialization and momentum in deep learning',
    where: 'ICML 2013, PMLR 28(3), 1139–1147',
    href: 'https://proceedings.mlr.press/v28/sutskever13.html',
    link: 'proceedings.mlr.press/v28/sutskever13',
    note: 'Nesterov’s method written as momentum with a look-ahead gradient, the form deep-learning libraries use.',
  },
  {
    id: 'gorman2014',
    authors: 'K. B. Gorman, T. D. Williams and W. R. Fraser',
    year: 2014,
    title: 'Ecological sexual dimorphism and environmental variability within a community of Antarctic penguins (genus Pygoscelis)',
    where: 'PLoS ONE 9(3), e90081, 2014',
    href: 'https://doi.org/10.1371/journal.pone.0090081',
    link: 'doi:10.1371/journal.pone.0090081',
    note: 'The Palmer penguins measurements behind chapter 4’s regression (released under CC0 by the palmerpenguins package).',
  },
  {
    id: 'dauphin2014',
    authors: 'Y. N. Dauphin, R. Pascanu, C. Gulcehre, K. Cho, S. Ganguli and Y. Bengio',
    year: 2014,
    title: 'Identifying and attacking the saddle point problem in high-dimensional non-convex optimization',
    where: 'NeurIPS 2014, arXiv:1406.2572',
    href: 'https://arxiv.org/abs/1406.2572',
    link: 'arXiv:1406.2572',
    note: 'In high dimensions, critical points with high loss are mostly saddles; those with low loss are mostly minima.',
  },
  {
    id: 'kingma2015',
    formerIds: ['kingma2014'],
    authors: 'D. P. Kingma and J. Ba',
    year: 2015,
    title: 'Adam: a method for stochastic optimization',
    where: 'ICLR 2015, arXiv:1412.6980',
    href: 'https://arxiv.org/abs/1412.6980',
    link: 'arXiv:1412.6980',
    note: 'Adam, its defaults (β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸) and its bias correction.',
  },
  {
    id: 'wright2015',
    authors: 'S. J. Wright',
    year: 2015,
    title: 'Coordinate descent algorithms',
    where: 'Mathematical Programming 151(1), 3–34, 2015, arXiv:1502.04759',
    href: 'https://arxiv.org/abs/1502.04759',
    link: 'arXiv:1502.04759',
    note: 'Coordinate descent, when it works and how fast: the algorithm of chapter 2’s “one coordinate at a time”.',
  },
  {
    id: 'goodfellow2016',
    authors: 'I. Goodfellow, Y. Bengio and A. Courville',
    year: 2016,
    title: 'Deep Learning',
    where: 'MIT Press, 2016',
    href: 'https://www.deeplearningbook.org/',
    link: 'deeplearningbook.org',
    note: 'Feedforward networks and back-propagation (chapter 6); optimisation for training deep models (chapter 8).',
  },
  {
    id: 'ruder2016',
    authors: 'S. Ruder',
    year: 2016,
    title: 'An overview of gradient descent optimization algorithms',
    where: 'arXiv:1609.04747, 2016',
    href: 'https://arxiv.org/abs/1609.04747',
    link: 'arXiv:1609.04747',
    note: 'Batch, stochastic and mini-batch descent, momentum, Nesterov, AdaGrad, RMSprop, Adam and more, in one survey.',
  },
  {
    id: 'andrychowicz2016',
    authors: 'M. Andrychowicz, M. Denil, S. Gómez, M. W. Hoffman, D. Pfau, T. Schaul, B. Shillingford and N. de Freitas',
    year: 2016,
    title: 'Learning to learn by gradient descent by gradient descent',
    where: 'NeurIPS 2016, arXiv:1606.04474',
    href: 'https://arxiv.org/abs/1606.04474',
    link: 'arXiv:1606.04474',
    note: 'An update rule that is itself a network, trained by gradient descent.',
  },
  {
    id: 'yuan2016',
    authors: 'K. Yuan, B. Ying and A. H. Sayed',
    year: 2016,
    title: 'On the influence of momentum acceleration on online learning',
    where: 'Journal of Machine Learning Research 17(192), 1–66, 2016, arXiv:1603.04136',
    href: 'https://arxiv.org/abs/1603.04136',
    link: 'arXiv:1603.04136',
    note: 'With small constant steps and noisy gradients, momentum SGD behaves like plain SGD with the step size divided by 1 − μ.',
  },
  {
    id: 'smilkov2016',
    authors: 'D. Smilkov and S. Carter',
    year: 2016,
    title: 'TensorFlow Playground',
    where: 'interactive web page, 2016',
    href: 'https://playground.tensorflow.org/',
    link: 'playground.tensorflow.org',
    note: 'A small neural network trained in the browser on toy data sets, the same problems as chapter 7’s.',
  },
  {
    id: 'loshchilov2017',
    authors: 'I. Loshchilov and F. Hutter',
    year: 2017,
    title: 'SGDR: stochastic gradient descent with warm restarts',
    where: 'ICLR 2017, arXiv:1608.03983',
    href: 'https://arxiv.org/abs/1608.03983',
    link: 'arXiv:1608.03983',
    note: 'Cosine annealing, with warm restarts.',
  },
  {
    id: 'keskar2017',
    authors: 'N. S. Keskar, D. Mudigere, J. Nocedal, M. Smelyanskiy and P. T. P. Tang',
    year: 2017,
    title: 'On large-batch training for deep learning: generalization gap and sharp minima',
    where: 'ICLR 2017, arXiv:1609.04836',
    href: 'https://arxiv.org/abs/1609.04836',
    link: 'arXiv:1609.04836',
    note: 'Large batches tend to find sharper minima that generalise worse; small-batch noise helps.',
  },
  {
    id: 'dinh2017',
    authors: 'L. Dinh, R. Pascanu, S. Bengio and Y. Bengio',
    year: 2017,
    title: 'Sharp minima can generalize for deep nets',
    where: 'ICML 2017, arXiv:1703.04933',
    href: 'https://arxiv.org/abs/1703.04933',
    link: 'arXiv:1703.04933',
    note: 'Sharpness depends on the parametrisation: rescaling a ReLU network’s layers makes a minimum as sharp as one likes without changing the function.',
  },
  {
    id: 'goyal2017',
    authors: 'P. Goyal, P. Dollár, R. Girshick, P. Noordhuis, L. Wesolowski, A. Kyrola, A. Tulloch, Y. Jia and K. He',
    year: 2017,
    title: 'Accurate, large minibatch SGD: training ImageNet in 1 hour',
    where: 'arXiv:1706.02677, 2017',
    href: 'https://arxiv.org/abs/1706.02677',
    link: 'arXiv:1706.02677',
    note: 'The linear scaling rule: multiply the batch by k and the learning rate by k (with a warm-up), up to a limit.',
  },
  {
    id: 'goh2017',
    authors: 'G. Goh',
    year: 2017,
    title: 'Why momentum really works',
    where: 'Distill, 2017',
    href: 'https://distill.pub/2017/momentum/',
    link: 'distill.pub/2017/momentum',
    note: 'Gradient descent and momentum on a quadratic, direction by direction; the bar this book aims for.',
  },
  {
    id: 'wilson2017',
    authors: 'A. C. Wilson, R. Roelofs, M. Stern, N. Srebro and B. Recht',
    year: 2017,
    title: 'The marginal value of adaptive gradient methods in machine learning',
    where: 'NeurIPS 2017, arXiv:1705.08292',
    href: 'https://arxiv.org/abs/1705.08292',
    link: 'arXiv:1705.08292',
    note: 'Well-tuned SGD with momentum can generalise better than adaptive methods on some tasks.',
  },
  {
    id: 'jin2017',
    authors: 'C. Jin, R. Ge, P. Netrapalli, S. M. Kakade and M. I. Jordan',
    year: 2017,
    title: 'How to escape saddle points efficiently',
    where: 'ICML 2017, arXiv:1703.00887',
    href: 'https://arxiv.org/abs/1703.00887',
    link: 'arXiv:1703.00887',
    note: 'Gradient descent with occasional random perturbations escapes strict saddles in almost dimension-free time.',
  },
  {
    id: 'bottou2018',
    authors: 'L. Bottou, F. E. Curtis and J. Nocedal',
    year: 2018,
    title: 'Optimization methods for large-scale machine learning',
    where: 'SIAM Review 60(2), 223–311, 2018, arXiv:1606.04838',
    href: 'https://arxiv.org/abs/1606.04838',
    link: 'arXiv:1606.04838',
    note: 'Stochastic gradient methods for machine learning: why they win at scale, and how noise and step size set their pace.',
  },
  {
    id: 'li2018',
    authors: 'H. Li, Z. Xu, G. Taylor, C. Studer and T. Goldstein',
    year: 2018,
    title: 'Visualizing the loss landscape of neural nets',
    where: 'NeurIPS 2018, arXiv:1712.09913',
    href: 'https://arxiv.org/abs/1712.09913',
    link: 'arXiv:1712.09913',
    note: 'Real networks’ loss surfaces drawn along filter-normalised random directions.',
  },
  {
    id: 'mccandlish2018',
    authors: 'S. McCandlish, J. Kaplan, D. Amodei and the OpenAI Dota Team',
    year: 2018,
    title: 'An empirical model of large-batch training',
    where: 'arXiv:1812.06162, 2018',
    href: 'https://arxiv.org/abs/1812.06162',
    link: 'arXiv:1812.06162',
    note: 'The gradient noise scale predicts the critical batch size, beyond which larger batches give diminishing returns.',
  },
  {
    id: 'liu2020',
    authors: 'L. Liu, H. Jiang, P. He, W. Chen, X. Liu, J. Gao and J. Han',
    year: 2020,
    title: 'On the variance of the adaptive learning rate and beyond',
    where: 'ICLR 2020, arXiv:1908.03265',
    href: 'https://arxiv.org/abs/1908.03265',
    link: 'arXiv:1908.03265',
    note: 'Why adaptive methods need warm-up: their second-moment estimate rests on few gradients at first (RAdam).',
  },
  {
    id: 'loshchilov2019',
    authors: 'I. Loshchilov and F. Hutter',
    year: 2019,
    title: 'Decoupled weight decay regularization',
    where: 'ICLR 2019, arXiv:1711.05101',
    href: 'https://arxiv.org/abs/1711.05101',
    link: 'arXiv:1711.05101',
    note: 'AdamW: weight decay taken out of the adaptive step, so it shrinks every weight alike.',
  },
  {
    id: 'pytorch-optim',
    authors: 'The PyTorch developers',
    year: 2024,
    title: 'torch.optim',
    where: 'PyTorch documentation',
    href: 'https://pytorch.org/docs/stable/optim.html',
    link: 'pytorch.org/docs/stable/optim.html',
    note: 'The exact update rules of SGD (momentum, dampening, nesterov), Adagrad, RMSprop, Adam and AdamW that the book’s optimizers follow.',
  },
];

const byId = new Map(WORKS.map((w) => [w.id, w]));

/** The entry with this id, if any. */
export function work(id: string): Work | undefined {
  return byId.get(id);
}

/** Where a chapter cites a work: a link in its text, or an item of its "Further reading". */
export interface Citation {
  id: string;
  in: 'text' | 'reading';
}

/** A chapter's MDX split at its "## Further reading" heading. */
export function splitReading(body: string): { text: string; reading: string } {
  const at = body.search(/^## Further reading\s*$/m);
  return at < 0 ? { text: body, reading: '' } : { text: body.slice(0, at), reading: body.slice(at) };
}

/** The items of a "Further reading" list, each joined onto one line. */
export function readingItems(reading: string): string[] {
  return reading
    .split(/^- /m)
    .slice(1)
    .map((item) => item.replace(/\s+/g, ' ').trim());
}

/** The work a "Further reading" item names: by its link, else by its exact title. */
export function workOfItem(item: string): Work | undefined {
  const hrefs = [...item.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
  return WORKS.find((w) => (w.href && hrefs.includes(w.href)) || item.includes(w.title));
}

/** The ids a chapter's text links (`/references/#id`). */
export function linkedIds(text: string): string[] {
  return [...text.matchAll(/\]\(\/references\/#([\w-]+)\)/g)].map((m) => m[1]!);
}

/** Every work a chapter cites, once each, text citations first. */
export function citations(body: string): Citation[] {
  const { text, reading } = splitReading(body);
  const out = new Map<string, Citation>();
  for (const id of linkedIds(text)) if (!out.has(id)) out.set(id, { id, in: 'text' });
  for (const item of readingItems(reading)) {
    const w = workOfItem(item);
    if (w && !out.has(w.id)) out.set(w.id, { id: w.id, in: 'reading' });
  }
  return [...out.values()];
}
