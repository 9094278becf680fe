# Graph algorithms: BFS/DFS/Dijkstra with heapq, defaultdict, generators, topological sort
import heapq
from collections import defaultdict, deque
from itertools import count, islice, pairwise, chain


class Graph:
    def __init__(self, directed=False):
        self.adj = defaultdict(dict)
        self.directed = directed

    def add_edge(self, u, v, w=1):
        self.adj[u][v] = w
        if not self.directed:
            self.adj[v][u] = w
        else:
            self.adj[v]  # ensure node exists

    def __iter__(self):
        return iter(sorted(self.adj))

    def __len__(self):
        return len(self.adj)

    def __contains__(self, node):
        return node in self.adj

    def neighbours(self, u):
        yield from sorted(self.adj[u])

    def bfs(self, start):
        seen = {start}
        q = deque([start])
        while q:
            u = q.popleft()
            yield u
            for v in self.neighbours(u):
                if v not in seen:
                    seen.add(v)
                    q.append(v)

    def dfs(self, start, seen=None):
        seen = set() if seen is None else seen
        seen.add(start)
        yield start
        for v in self.neighbours(start):
            if v not in seen:
                yield from self.dfs(v, seen)

    def dijkstra(self, src):
        dist = {src: 0}
        prev = {}
        tie = count()
        heap = [(0, next(tie), src)]
        while heap:
            d, _, u = heapq.heappop(heap)
            if d > dist.get(u, float("inf")):
                continue
            for v, w in self.adj[u].items():
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v] = nd
                    prev[v] = u
                    heapq.heappush(heap, (nd, next(tie), v))
        return dist, prev

    def path(self, src, dst):
        dist, prev = self.dijkstra(src)
        if dst not in dist:
            return None
        node, out = dst, [dst]
        while node != src:
            node = prev[node]
            out.append(node)
        return out[::-1], dist[dst]

    def components(self):
        seen = set()
        for n in self:
            if n not in seen:
                comp = list(self.bfs(n))
                seen.update(comp)
                yield sorted(comp)

    def toposort(self):
        indeg = {u: 0 for u in self.adj}
        for u in self.adj:
            for v in self.adj[u]:
                indeg[v] += 1
        ready = [u for u, d in indeg.items() if d == 0]
        heapq.heapify(ready)
        order = []
        while ready:
            u = heapq.heappop(ready)
            order.append(u)
            for v in self.adj[u]:
                indeg[v] -= 1
                if indeg[v] == 0:
                    heapq.heappush(ready, v)
        if len(order) != len(indeg):
            raise ValueError(f"cycle among {sorted(set(indeg) - set(order))}")
        return order


g = Graph()
for u, v, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
                ("E", "D", 4), ("D", "F", 11), ("X", "Y", 1)]:
    g.add_edge(u, v, w)
print(len(g), "A" in g, "Q" in g, list(g))
print("bfs", list(g.bfs("A")))
print("dfs", list(g.dfs("A")))
print("dist", sorted(g.dijkstra("A")[0].items()))
print("path", g.path("A", "F"), g.path("A", "Y"))
print("comps", list(g.components()))
print("first3", list(islice(g.bfs("D"), 3)))
print("edges", sorted(chain.from_iterable(((u, v) for v in g.adj[u]) for u in g.adj))[:5])
print("pairs", list(pairwise(g.path("A", "F")[0])))

dag = Graph(directed=True)
for u, v in [("shirt", "tie"), ("tie", "jacket"), ("trousers", "shoes"), ("trousers", "belt"),
             ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes")]:
    dag.add_edge(u, v)
print("topo", dag.toposort())
dag.add_edge("jacket", "shirt")
try:
    dag.toposort()
except ValueError as e:
    print("error:", e)

h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, -x)
print([-heapq.heappop(h) for _ in range(3)], heapq.nsmallest(2, [4, 1, 3]), heapq.nlargest(2, "hello"))
print(heapq.nlargest(3, [("a", 2), ("b", 9), ("c", 5)], key=lambda t: t[1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), heapq.heappushpop([3, 5], 1), heapq.heapreplace([3, 5], 10))
grid = ["S.#.", "..#.", "...E"]
start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
q, seen = deque([(start, 0)]), {start}
while q:
    (r, c), d = q.popleft()
    if grid[r][c] == "E":
        print("grid steps", d, (r, c))
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#" and (nr, nc) not in seen:
            seen.add((nr, nc))
            q.append(((nr, nc), d + 1))
print(deque(range(5), maxlen=3), deque("abc").index("c"))
d = deque([1, 2, 3]); d.rotate(1); d.extendleft([9, 8]); print(d, d.maxlen)
