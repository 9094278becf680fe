# deltablue: object graphs and polymorphic calls: an incremental one-way dataflow constraint solver.
#
# Variables are tied by constraints of graded strengths (required down to weakest); adding
# or removing a constraint re-plans incrementally by walking strengths through the graph,
# after the DeltaBlue algorithm of Freeman-Benson, Maloney and Borning, written afresh
# here. Each round runs a chain of equalities and a projection of scale constraints and
# edits them; the checksum sums the values the plans produced.

SIZES = {"quick": 50, "default": 500, "full": 2250}

REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = range(7)
NONE, FORWARD, BACKWARD = 0, 1, 2


def stronger(a, b):
    return a < b


def weakest_of(a, b):
    return a if a > b else b


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True


class Constraint:
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def add(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def destroy(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False

    def satisfy(self, mark):
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength == REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise RuntimeError("cycle encountered")
        out.mark = mark
        return overridden


class UnaryConstraint(Constraint):
    def __init__(self, planner, var, strength):
        Constraint.__init__(self, planner, strength)
        self.var = var
        self.satisfied = False
        self.add()

    def add_to_graph(self):
        self.var.constraints.append(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.var.constraints.remove(self)
        self.satisfied = False

    def choose_method(self, mark):
        self.satisfied = self.var.mark != mark and stronger(self.strength, self.var.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.var

    def recalculate(self):
        self.var.walk_strength = self.strength
        self.var.stay = not self.is_input()
        if self.var.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True


class BinaryConstraint(Constraint):
    def __init__(self, planner, v1, v2, strength):
        Constraint.__init__(self, planner, strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = NONE
        self.add()

    def add_to_graph(self):
        self.v1.constraints.append(self)
        self.v2.constraints.append(self)
        self.direction = NONE

    def remove_from_graph(self):
        self.v1.constraints.remove(self)
        self.v2.constraints.remove(self)
        self.direction = NONE

    def choose_method(self, mark):
        v1, v2 = self.v1, self.v2
        if v1.mark == mark:
            ok = v2.mark != mark and stronger(self.strength, v2.walk_strength)
            self.direction = FORWARD if ok else NONE
        elif v2.mark == mark:
            ok = v1.mark != mark and stronger(self.strength, v1.walk_strength)
            self.direction = BACKWARD if ok else NONE
        elif stronger(v2.walk_strength, v1.walk_strength):
            self.direction = BACKWARD if stronger(self.strength, v1.walk_strength) else NONE
        else:
            self.direction = FORWARD if stronger(self.strength, v2.walk_strength) else NONE

    def is_satisfied(self):
        return self.direction != NONE

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        return self.v1 if self.direction == FORWARD else self.v2

    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def recalculate(self):
        source, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, source.walk_strength)
        out.stay = source.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        source = self.input()
        return source.mark == mark or source.stay or source.determined_by is None


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    def __init__(self, planner, src, scale, offset, dest, strength):
        self.scale = scale
        self.offset = offset
        BinaryConstraint.__init__(self, planner, src, dest, strength)

    def add_to_graph(self):
        BinaryConstraint.add_to_graph(self)
        self.scale.constraints.append(self)
        self.offset.constraints.append(self)

    def remove_from_graph(self):
        BinaryConstraint.remove_from_graph(self)
        self.scale.constraints.remove(self)
        self.offset.constraints.remove(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def recalculate(self):
        source, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, source.walk_strength)
        out.stay = source.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, constraint):
        mark = self.new_mark()
        overridden = constraint.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, constraint):
        out = constraint.output()
        constraint.mark_unsatisfied()
        constraint.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        for strength in range(REQUIRED, WEAKEST + 1):
            for c in unsatisfied:
                if c.strength == strength:
                    self.incremental_add(c)

    def add_propagate(self, constraint, mark):
        todo = [constraint]
        while todo:
            c = todo.pop()
            if c.output().mark == mark:
                self.incremental_remove(constraint)
                return False
            c.recalculate()
            self.add_consumers(c.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_consumers(self, var, todo):
        determining = var.determined_by
        for c in var.constraints:
            if c is not determining and c.is_satisfied():
                todo.append(c)

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = []
        todo = list(sources)
        while todo:
            c = todo.pop()
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.append(c)
                out.mark = mark
                self.add_consumers(out, todo)
        return plan

    def plan_for(self, constraints):
        return self.make_plan([c for c in constraints if c.is_input() and c.is_satisfied()])


def execute(plan):
    for c in plan:
        c.execute()


def edit_values(planner, var, values):
    edit = EditConstraint(planner, var, PREFERRED)
    plan = planner.plan_for([edit])
    for value in values:
        var.value = value
        execute(plan)
    edit.destroy()


def chain_test(length):
    planner = Planner()
    chain = [Variable("v%d" % i) for i in range(length + 1)]
    for a, b in zip(chain, chain[1:]):
        EqualityConstraint(planner, a, b, REQUIRED)
    StayConstraint(planner, chain[-1], STRONG_DEFAULT)
    first, last = chain[0], chain[-1]
    edit = EditConstraint(planner, first, PREFERRED)
    plan = planner.plan_for([edit])
    total = 0
    for value in range(40):
        first.value = value
        execute(plan)
        if last.value != value:
            raise RuntimeError("chain test failed")
        total += last.value
    edit.destroy()
    return total


def projection_test(length):
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = dst = None
    pairs = []
    for i in range(length):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        pairs.append(dst)
        StayConstraint(planner, src, NORMAL)
        ScaleConstraint(planner, src, scale, offset, dst, REQUIRED)
    total = 0
    edit_values(planner, src, [17])
    if dst.value != 1170:
        raise RuntimeError("projection test 1 failed")
    edit_values(planner, dst, [1050])
    if src.value != 5:
        raise RuntimeError("projection test 2 failed")
    edit_values(planner, scale, [5])
    for i, d in enumerate(pairs[:-1]):
        if d.value != i * 5 + 1000:
            raise RuntimeError("projection test 3 failed")
        total += d.value
    edit_values(planner, offset, [2000])
    for i, d in enumerate(pairs[:-1]):
        if d.value != i * 5 + 2000:
            raise RuntimeError("projection test 4 failed")
        total += d.value
    return total


def run(n):
    total = 0
    for _ in range(n):
        total += chain_test(100)
        total += projection_test(100)
    return total


if __name__ == "__main__":
    from _driver import main

    main(run, SIZES)
