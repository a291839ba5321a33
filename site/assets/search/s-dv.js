(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-dv"]={"key":"dv","forms":{"dvlab":[0],"dvlabresearch":[1]},"terms":[{"w":575,"p":"nUL"},{"w":575,"p":"nUL"}]};
