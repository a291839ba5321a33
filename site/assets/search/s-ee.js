(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-ee"]={"key":"ee","forms":{"eecs":[0],"eef":[1]},"terms":[{"w":575,"p":"kK6J"},{"w":575,"p":"kHX"}]};
